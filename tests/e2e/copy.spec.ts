import { expect, test } from '@playwright/test';

const SEED = '/errors/claude-code-usage-increases-without-active-tasks/';
const EADDRINUSE = '/errors/node-eaddrinuse-address-already-in-use/';

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('every code block on an error page has a caption, a copy button and a focusable, named <pre>', async ({ page }) => {
    await page.goto(SEED);
    const blocks = page.locator('.article .code-block');
    const count = await blocks.count();
    expect(count).toBeGreaterThanOrEqual(8);
    expect(await page.locator('.article pre').count()).toBe(count + 1); // and the signature
    for (const block of await blocks.all()) {
      const label = (await block.locator('.code-label').textContent())!;
      expect(label).toMatch(/^(Terminal|PowerShell|In .+|[A-Z].*)$/);
      await expect(block.getByRole('button', { name: 'Copy' })).toBeVisible();
      const pre = block.getByRole('group', { name: label });
      await expect(pre).toHaveAttribute('tabindex', '0');
    }
  });

  test('a copy button is reachable with Tab, copies the block and announces Copied once', async ({ page }) => {
    await page.goto(EADDRINUSE);
    const block = page.locator('.article .code-block').first();
    // Not by its name: the name changes to "Copied" on click.
    const button = block.locator('button.copy-button');
    await expect(button).toHaveAccessibleName('Copy');
    // Tab from the element just before the button, as a keyboard user would arrive.
    await block.locator('.code-label').evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(button).toHaveText('Copied');
    await expect(page.locator('[aria-live]').filter({ hasText: 'Copied' })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await block.locator('pre').textContent());
    // Tab goes on into the block itself, so a long line can be scrolled with the arrow keys.
    await page.keyboard.press('Tab');
    await expect(block.locator('pre')).toBeFocused();
  });

  test('the page has one live region for copying, whatever the number of buttons', async ({ page }) => {
    await page.goto(SEED);
    expect(await page.getByRole('button', { name: 'Copy' }).count()).toBeGreaterThan(2);
    await expect(page.locator('[data-copy-status]')).toHaveCount(1);
  });

  test('an in-tool block is labelled with where to type it, looks unlike a shell block and copies its own lines', async ({ page }) => {
    await page.goto(SEED);
    const tool = page.locator('.code-block.code-tool').first();
    await expect(tool.locator('.code-label')).toHaveText('In Claude Code');
    const shell = page.locator('.code-block.code-shell').first();
    const background = (el: typeof tool) => el.locator('pre').evaluate((pre) => getComputedStyle(pre).backgroundColor);
    expect(await background(tool)).not.toBe(await background(shell));
    await tool.getByRole('button', { name: 'Copy' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await tool.locator('pre').textContent());
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\//);
  });

  test('without JavaScript the blocks keep their captions and hide the buttons that could not work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SEED);
    await expect(page.locator('.code-label').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy' })).toHaveCount(0);
    await context.close();
  });
});
