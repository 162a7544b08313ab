/** Which events are threats: CAMEO 13x ("threaten" and its sub-codes). */
export const isThreat = (e: { cameo: string }): boolean => e.cameo.startsWith('13');
