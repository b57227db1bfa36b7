import { Button, Heading, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { saveFile } from '@/lib/api-client';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { toCsv } from './csv';

export interface Series {
  key: string;
  label: string;
}

interface FigureChartProps {
  title: string;
  kind: 'line' | 'bar';
  /** One row per period: its label and a value per series key. */
  rows: { label: string; values: Record<string, number | null> }[];
  series: Series[];
  periodLabel: string;
  fileName: string;
}

// Colours from Designsystemet's palette with enough contrast against white (WCAG 1.4.11).
const COLOURS = ['#1e5ac4', '#b3261e', '#1a7f37', '#7b3fa0'];

/**
 * One chart of the dashboard (an SVG by Recharts), the same figures as a table, and a CSV
 * download of them. The chart is a picture for sighted readers; the table is the text alternative.
 */
export function FigureChart({
  title,
  kind,
  rows,
  series,
  periodLabel,
  fileName,
}: FigureChartProps) {
  const { t } = useTranslation('insights');
  const { language } = useLanguage();
  const id = useId();
  const data = rows.map((r) => ({ label: r.label, ...r.values }));
  const download = () =>
    saveFile(
      toCsv(
        [periodLabel, ...series.map((s) => s.label)],
        rows.map((r) => [r.label, ...series.map((s) => r.values[s.key] ?? null)]),
      ),
      fileName,
    );
  const Chart = kind === 'line' ? LineChart : BarChart;
  return (
    <section className="hb-figure hb-stack" aria-labelledby={id}>
      <div className="hb-page-head">
        <Heading level={2} data-size="xs" id={id}>
          {title}
        </Heading>
        <Button variant="secondary" data-size="sm" onClick={download}>
          {t('chart.csv', { title })}
        </Button>
      </div>
      <div className="hb-chart" role="img" aria-label={t('chart.alt', { title })}>
        <ResponsiveContainer width="100%" height={240}>
          <Chart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" fontSize={12} />
            <YAxis fontSize={12} allowDecimals={kind === 'line'} width={40} />
            <Tooltip />
            <Legend />
            {series.map((s, i) =>
              kind === 'line' ? (
                <Line
                  key={s.key}
                  type="monotone"
                  dataKey={s.key}
                  name={s.label}
                  stroke={COLOURS[i % COLOURS.length]}
                  strokeWidth={2}
                  connectNulls
                  isAnimationActive={false}
                />
              ) : (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  fill={COLOURS[i % COLOURS.length]}
                  isAnimationActive={false}
                />
              ),
            )}
          </Chart>
        </ResponsiveContainer>
      </div>
      <details className="hb-figure-table">
        <summary>{t('chart.table', { title })}</summary>
        <div className="hb-table-scroll">
          <Table data-size="sm" zebra>
            <caption className="hb-visually-hidden">{title}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{periodLabel}</Table.HeaderCell>
                {series.map((s) => (
                  <Table.HeaderCell key={s.key} scope="col">
                    {s.label}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((r) => (
                <Table.Row key={r.label}>
                  <Table.HeaderCell scope="row">{r.label}</Table.HeaderCell>
                  {series.map((s) => {
                    const v = r.values[s.key];
                    return (
                      <Table.Cell key={s.key}>
                        {v === null || v === undefined ? '–' : formatNumber(v, language)}
                      </Table.Cell>
                    );
                  })}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </details>
    </section>
  );
}
