import axe from 'axe-core';

/** Runs axe-core on a rendered container; returns the violations (empty when accessible). */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    rules: {
      // jsdom has no layout or colours: contrast is checked by eye on the screenshots.
      'color-contrast': { enabled: false },
      region: { enabled: false },
    },
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
