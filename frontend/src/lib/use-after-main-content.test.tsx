import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { useAfterMainContent } from './use-after-main-content';

function Extras() {
  return <p>{useAfterMainContent(true) ? 'extras' : 'waiting'}</p>;
}

function renderExtras(client = new QueryClient()) {
  render(
    <QueryClientProvider client={client}>
      <Extras />
    </QueryClientProvider>,
  );
  return client;
}

/** The page's content as a route draws it: its main region with its heading. */
function drawPage() {
  const main = document.createElement('main');
  main.innerHTML = '<h1>Emne</h1>';
  document.body.append(main);
}

describe('useAfterMainContent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.querySelectorAll('main').forEach((m) => m.remove());
  });

  it('waits while the page is not drawn yet (its code still on its way), though nothing is fetching', async () => {
    renderExtras();
    await act(async () => vi.advanceTimersByTime(1_000));
    expect(screen.getByText('waiting')).toBeInTheDocument();
    drawPage();
    await act(async () => vi.advanceTimersByTime(200));
    expect(screen.getByText('extras')).toBeInTheDocument();
  });

  it('waits while the page is drawn but its data is still coming', async () => {
    drawPage();
    const client = new QueryClient();
    let answer: (v: string) => void = () => undefined;
    void client.fetchQuery({
      queryKey: ['page'],
      queryFn: () => new Promise<string>((resolve) => (answer = resolve)),
    });
    renderExtras(client);
    await act(async () => vi.advanceTimersByTime(500));
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await act(async () => {
      answer('data');
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(screen.getByText('extras')).toBeInTheDocument();
  });

  it('comes at the latest after 2 s, whatever the page is doing', async () => {
    renderExtras();
    await act(async () => vi.advanceTimersByTime(1_900));
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await act(async () => vi.advanceTimersByTime(200));
    expect(screen.getByText('extras')).toBeInTheDocument();
  });
});
