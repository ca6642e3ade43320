// Runs the checks of read-files.ts off the page's main thread: inflating a zip whose entry lies
// about its size, or parsing a 50 MB file, no longer freezes the window.
import { checkFilesHere } from './check-files';
import type { ChosenFile } from './read-files';

// checkFilesHere answers for every file, also for one whose check threw.
self.onmessage = (event: MessageEvent<ChosenFile[]>) => {
  void checkFilesHere(event.data).then((checked) => self.postMessage(checked));
};
