import { Table } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { Pager, pageCount } from '@/components/ui/pager';
import { pageOf } from '@/lib/forms/use-selection';

const pageSize = 25;

/** A small zebra table of `rows`, 25 at a time, with a pager under it. */
export function PagedTable<T>({
  rows,
  head,
  row,
}: {
  rows: readonly T[];
  head: ReactNode;
  row: (item: T) => ReactNode;
}) {
  const [page, setPage] = useState(0);
  return (
    <>
      <div className="hb-table-wrap">
        <Table zebra data-size="sm">
          <Table.Head>
            <Table.Row>{head}</Table.Row>
          </Table.Head>
          <Table.Body>{pageOf(rows, page, pageSize).map(row)}</Table.Body>
        </Table>
      </div>
      <Pager size="sm" page={page} totalPages={pageCount(rows.length, pageSize)} onPage={setPage} />
    </>
  );
}
