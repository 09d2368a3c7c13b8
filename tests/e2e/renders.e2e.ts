/**
 * A click on an answer re-renders that question, not all twelve (issue 8). React's DevTools hook is installed
 * before the app loads; after each commit the test counts the questions whose component did work in that commit
 * (React marks it with the PerformedWork flag; a memoised component that bailed out has none).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { chooseRadio, pressButton } from './keyboard';
import { QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';

afterAll(async () => {
  await closeBrowser();
});

describe('rendering', () => {
  test('answering one question re-renders that question only', async () => {
    const app = await launchApp({ locale: 'nb' });
    const { page } = app;
    await page.addInitScript(() => {
      interface Fiber {
        child: Fiber | null;
        sibling: Fiber | null;
        return: Fiber | null;
        flags: number;
        type: unknown;
        memoizedProps: { className?: unknown } | null;
      }
      const commits: number[] = [];
      (window as unknown as { __questionRenders: number[] }).__questionRenders = commits;
      (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: object }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
        supportsFiber: true,
        renderers: new Map(),
        inject: () => 1,
        onScheduleFiberRoot: () => undefined,
        onCommitFiberUnmount: () => undefined,
        onPostCommitFiberRoot: () => undefined,
        onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
          let count = 0;
          const stack: Fiber[] = [root.current];
          while (stack.length > 0) {
            const fiber = stack.pop()!;
            // A question's <fieldset class="question">: its component is the nearest function component above it.
            if (
              fiber.type === 'fieldset' &&
              typeof fiber.memoizedProps?.className === 'string' &&
              fiber.memoizedProps.className.startsWith('question')
            ) {
              let owner = fiber.return;
              while (owner && typeof owner.type !== 'function') owner = owner.return;
              if (owner && (owner.flags & 1) !== 0) count++;
            }
            if (fiber.child) stack.push(fiber.child);
            if (fiber.sibling) stack.push(fiber.sibling);
          }
          commits.push(count);
        },
      };
    });
    await page.reload();
    await pressButton(page, page.getByRole('button', { name: 'Ny vurdering', exact: true }));
    await pressButton(page, page.locator('.step-buttons button.primary'));
    const questions = QUESTIONS_BY_MODULE.strategy;
    await page
      .locator('fieldset.question')
      .nth(questions.length - 1)
      .waitFor();
    await page.waitForTimeout(300);
    await page.evaluate(() => ((window as unknown as { __questionRenders: number[] }).__questionRenders.length = 0));
    // Answer the first question (a five-level scale) by keyboard.
    await chooseRadio(page, page.locator(`input[name="answers.${questions[0]!.id}"]`), 2);
    await page.waitForTimeout(700); // past the autosave
    const renders = await page.evaluate(() => (window as unknown as { __questionRenders: number[] }).__questionRenders);
    expect(renders.length).toBeGreaterThan(0);
    // In no commit did more than the one answered question render (of the twelve on screen).
    expect(Math.max(...renders)).toBe(1);
    await app.close();
  });
});
