/**
 * Element ids that one part of the page defines and another part targets, named in one place so
 * the link between them is visible (the events row titles each event; closing the detail returns
 * focus to that title).
 */
export const eventTitleId = (eventId: string): string => `event-title-${eventId}`;
