/** @jest-environment jsdom */
/**
 * 自动识别 is a chunk of its own, loaded when the 数据 view opens. When it cannot be loaded (the
 * add-in's server unreachable mid-session) the view says so with the reason and a retry, and the
 * retry loads it once it can.
 */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { translator } from '../../src/taskpane/i18n';
// The jsdom set-up every pane test shares (no ResizeObserver in jsdom, longer waits).
import './support';

// The first load fails as a chunk whose server went away does; the next one succeeds.
let mockFailuresLeft = 1;
jest.mock('../../src/taskpane/components/AutoBind', () => {
  if (mockFailuresLeft > 0) {
    mockFailuresLeft -= 1;
    throw new Error('ChunkLoadError: Loading chunk autobind failed.');
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createElement } = require('react') as typeof import('react');
  return { AutoBind: () => createElement('p', null, '自动识别已加载') };
});

test('a chunk that cannot be loaded is said, with the reason, and retried', async () => {
  const { LazyAutoBind } = await import('../../src/taskpane/components/LazyAutoBind');
  const t = translator('zh');
  const props = {
    host: {} as never,
    binding: {} as never,
    t,
    onWritten: async () => {},
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <LazyAutoBind {...props} />
    </FluentProvider>,
  );
  expect(await screen.findByText(/自动识别无法加载：.*Loading chunk autobind failed/)).toBeInTheDocument();
  jest.resetModules();
  fireEvent.click(screen.getByRole('button', { name: '重试' }));
  expect(await screen.findByText('自动识别已加载')).toBeInTheDocument();
});
