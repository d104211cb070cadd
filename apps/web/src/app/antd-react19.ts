import { unstableSetRender } from 'antd';
import { createRoot, type Root } from 'react-dom/client';

type ContainerWithRoot = (Element | DocumentFragment) & { yanzhenRoot?: Root };

/**
 * antd 5 renders wave effects and static pop-ups with ReactDOM.render, which React 19 removed;
 * this hands it createRoot instead (antd's documented React 19 compatibility hook).
 */
export function enableAntdOnReact19(): void {
  unstableSetRender((node, container) => {
    const target = container as ContainerWithRoot;
    target.yanzhenRoot ??= createRoot(target);
    const root = target.yanzhenRoot;
    root.render(node);
    return async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      root.unmount();
    };
  });
}
