/** Composition root of the task pane: the only task pane file that touches the Office global. */
import { createRoot } from 'react-dom/client';
import { createOfficeMailbox } from '../shared/office/officeMailbox';
import { App } from './app/App';

function isDarkTheme(): boolean {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return false;
  const hex = background.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(<App mailbox={createOfficeMailbox()} dark={isDarkTheme()} />);
});
