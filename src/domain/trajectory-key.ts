/**
 * Key of one trajectory (expert, request, period): how a trajectory is looked
 * up among possible trajectories, promised ones and the arcs of a model.
 */
export const trajectoryKey = (expert: string, request: string, period: string): string => `${expert}\u0000${request}\u0000${period}`;
