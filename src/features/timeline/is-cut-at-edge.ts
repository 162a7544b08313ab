/** Whether a box is partly outside its panel (left or right), so the panel's edge would cut it. */
export const isCutAtEdge = (
  box: { left: number; right: number; width: number },
  panel: { left: number; right: number },
) => box.width > 0 && (box.left < panel.left - 0.5 || box.right > panel.right + 0.5);
