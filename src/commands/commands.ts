/**
 * Composition root of the commands bundle: function commands and event handlers. It runs in the
 * web runtime (commands.html) and, on classic Outlook for Windows, alone in the JavaScript-only
 * runtime, where Office.onReady does not run: everything is registered at the top level.
 */

/** Completes an Office event whatever happens: our faults never block the user. */
function complete(event: { completed: (options?: object) => void }, options?: object): void {
  try {
    event.completed(options);
  } catch {
    // Office already considers the event finished; nothing else to do.
  }
}

Office.actions.associate('remindIfNoReply', (event: Office.AddinCommands.Event) => {
  complete(event);
});

Office.actions.associate('onNewMessageCompose', (event: Office.AddinCommands.Event) => {
  complete(event);
});

Office.actions.associate('onMessageSend', (event: Office.AddinCommands.Event) => {
  complete(event, { allowEvent: true });
});
