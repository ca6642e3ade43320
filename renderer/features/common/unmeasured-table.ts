// rc-table, under antd's Table, measures the scrollbar whenever a table is first drawn: it adds a
// <style> element and a scrolling box to the page and reads the box's size, which makes the
// browser work out the styles and layout of the whole page there and then, once per table (37 ms
// of a cold start on the home screen with the ten-year demo, three tables). Only a table with a
// fixed header (scroll.y or sticky) uses that size. `tailor` skips the measuring: it is rc-table's
// flag for antd's virtual table, and its only other effects need a numeric scroll.x. It is marked
// internal there, so home-due.spec.ts checks that the home screen measures nothing: an antd that
// drops the flag fails that test instead of quietly slowing every start.

/** For an antd Table with neither scroll.x, scroll.y nor sticky. */
export const unmeasured = { tailor: true } as const;
