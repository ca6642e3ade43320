// What all autosave forms share (use-autosave-form.ts): their queues, for flushAutosaves, and the
// page's events, heard once for every form. Apart from the hook, so the start-up code that
// answers the desktop shell's backup requests can flush without loading the forms.

/** Every form's queue; a form that is gone stays until its last change is stored. */
export const queues = new Set<{ flush(): Promise<void> }>();

/**
 * Write every change still waiting in any form, at once: for whoever must be sure everything is
 * stored before going on (the desktop app's automatic backups, auto-backup.ts).
 */
export async function flushAutosaves(): Promise<void> {
  await Promise.all([...queues].map((queue) => queue.flush()));
}

// One set of listeners for all forms, not one per form: a meeting of 200 attendees and 60 issues
// has 260 forms, and every keystroke called 260 input listeners and every focus change 520.
type MountedForm = {
  /** Queue the fields held while an input method composed. */
  release(): void;
  flush(): void;
};
const mountedForms = new Set<MountedForm>();

/** The last input event; its phase is NONE once its dispatch is over. */
let input: Event | null = null;
/** Whether the input event being dispatched is part of an input method's composition. */
export const composing = () =>
  input instanceof InputEvent && input.isComposing && input.eventPhase !== Event.NONE;

const pageEvents = {
  onInput: (event: Event) => {
    input = event;
  },
  releaseAll: () => mountedForms.forEach((form) => form.release()),
  flushAll: () => mountedForms.forEach((form) => form.flush()),
  // A box losing focus releases what its composition held, and every form writes at once.
  onFocusOut: () => {
    pageEvents.releaseAll();
    pageEvents.flushAll();
  },
  onVisibility: () => {
    if (document.visibilityState === 'hidden') pageEvents.flushAll();
  },
};

function listenToPage(listen: boolean) {
  const method = listen ? 'addEventListener' : 'removeEventListener';
  window[method]('input', pageEvents.onInput, true);
  document[method]('compositionend', pageEvents.releaseAll);
  document[method]('focusout', pageEvents.onFocusOut);
  document[method]('visibilitychange', pageEvents.onVisibility);
  window[method]('pagehide', pageEvents.flushAll);
  window[method]('beforeunload', pageEvents.flushAll);
}

/** A form hears the page's events from mounting until the returned function is called. */
export function mountForm(form: MountedForm): () => void {
  if (mountedForms.size === 0) listenToPage(true);
  mountedForms.add(form);
  return () => {
    mountedForms.delete(form);
    if (mountedForms.size === 0) listenToPage(false);
  };
}
