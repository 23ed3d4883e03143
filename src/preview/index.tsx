/**
 * Minimal preview entry: mounts a Fluent provider with the app title. Placeholder for the
 * preview page, which mounts the real task pane against the fake Excel host.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Title3, webLightTheme } from '@fluentui/react-components';

const container = document.getElementById('container');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">部门整体支出绩效自评 · 预览</Title3>
    </FluentProvider>,
  );
}
