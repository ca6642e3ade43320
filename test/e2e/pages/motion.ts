// antd elements part way through a motion: rc-motion gives an element a class ending in
// -appear, -enter or -leave (with -active and the like) while it animates.
export type MotionPhase = 'appear' | 'enter' | 'leave';

/** A selector for elements of `selector` in any of `phases`. */
export const inMotion = (selector: string, phases: readonly MotionPhase[]) =>
  phases.map((phase) => `${selector}[class*="-${phase}"]`).join(', ');
