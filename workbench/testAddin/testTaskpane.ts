/**
 * The workbench's test task pane (settings.addinPages = "test"): shows the item's subject, and records
 * what the host told it (ItemChanged, OfficeThemeChanged, visibilitychange, focus) in
 * window.__workbenchEvents for the browser tests. Tests run Office calls in this frame directly.
 */
const events: string[] = [];
(window as unknown as { __workbenchEvents: string[] }).__workbenchEvents = events;

function subjectOf(item: Office.MessageRead | Office.MessageCompose | null | undefined): string {
  if (!item) return '(no item)';
  return typeof item.subject === 'string' ? item.subject : '(compose)';
}

function render(): void {
  const root = document.getElementById('root');
  if (!root) return;
  root.innerHTML = '';
  const subject = document.createElement('p');
  subject.dataset['testid'] = 'item-subject';
  subject.textContent = subjectOf(Office.context.mailbox.item);
  const now = document.createElement('p');
  now.dataset['testid'] = 'now';
  now.textContent = new Date().toISOString();
  root.append(subject, now);
}

document.addEventListener('visibilitychange', () => {
  events.push('visibilitychange');
  render();
});
window.addEventListener('focus', () => events.push('focus'));

void Office.onReady(() => {
  render();
  const requirements = Office.context.requirements;
  if (requirements.isSetSupported('Mailbox', '1.5')) {
    Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, () => {
      events.push('ItemChanged');
      render();
    });
  }
  if (requirements.isSetSupported('Mailbox', '1.14')) {
    Office.context.mailbox.addHandlerAsync(Office.EventType.OfficeThemeChanged, () =>
      events.push('OfficeThemeChanged'),
    );
  }
});
