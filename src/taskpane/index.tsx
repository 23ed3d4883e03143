/**
 * Minimal task-pane entry: mounts a Fluent provider with the app title once Office is ready.
 * Placeholder for the real task pane UI, which replaces this file.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Title3, webLightTheme } from '@fluentui/react-components';

function mount(): void {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">部门整体支出绩效自评</Title3>
    </FluentProvider>,
  );
}

// Outside Office (a plain browser tab) office.js never becomes ready; mount anyway.
if (typeof Office !== 'undefined') {
  void Office.onReady(() => mount());
} else {
  mount();
}
