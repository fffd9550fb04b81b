import { createRoot } from 'react-dom/client';

/**
 * The pane page is also the shared runtime's page: Excel loads it (hidden) for the worksheet
 * functions as well. Office.onReady resolves inside Office and, with a null host, in a plain
 * browser (file mode), so the same bootstrap serves both.
 */
void Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) return;
  const dutch = (Office.context?.displayLanguage ?? 'nl').toLowerCase().startsWith('nl');
  document.documentElement.lang = dutch ? 'nl' : 'en';
  createRoot(root).render(
    <main>
      <h1>{dutch ? 'IBN-lumpsum' : 'IBN lump sum'}</h1>
    </main>,
  );
});
