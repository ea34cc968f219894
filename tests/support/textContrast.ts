/**
 * 화면에 보이는 모든 글자가 그려진 배경 위에서 WCAG AA 대비(보통 글자 4.5:1, 큰 글자 3:1)를 넘는지 잽니다.
 *
 * axe-core의 color-contrast 규칙은 `aria-hidden` 요소와 장식으로 보이는 요소를 건너뛰므로, 홈 카드의 번호 배지처럼
 * 글자색이 투명해 사람 눈에만 안 보이는 글자를 놓칩니다. 이 검사는 접근성 트리가 아니라 그려진 화면을 기준으로
 * 모든 텍스트 노드를 봅니다.
 *
 * - 글자색: 계산된 `color`(SVG의 `<text>`는 `fill`)에 조상들의 `opacity`를 곱한 알파.
 * - 배경: HTML 글자는 조상을 따라 올라가며 `background-color`를 겹쳐 칠해 불투명해질 때까지 합성합니다.
 *   SVG(Mermaid 그림) 안의 글자는 글자 가운데 점 아래에 그려진 도형(`rect`, `path` …)의 `fill`부터 합성합니다.
 * - 배경 이미지나 그라데이션 위의 글자는 배경색을 정할 수 없으므로 따로 세어 알립니다(실패로 치지 않음).
 */
import type { Page } from 'playwright-core';

export interface TextContrastProblem {
  /** 문제의 글자(앞 40자) */
  readonly text: string;
  /** 글자를 담은 요소를 찾는 CSS 경로 */
  readonly selector: string;
  readonly foreground: string;
  readonly background: string;
  /** 대비율. 투명한 글자는 1 */
  readonly ratio: number;
  readonly required: number;
}

export interface TextContrastReport {
  /** 검사한 텍스트 노드 수 (0이면 검사가 아무것도 보지 못한 것) */
  readonly checked: number;
  /** 배경 이미지·그라데이션 위라 배경색을 정하지 못한 글자 수 */
  readonly unknownBackground: number;
  readonly problems: readonly TextContrastProblem[];
}

/**
 * 페이지의 보이는 글자를 모두 검사합니다. Mermaid 그림처럼 화면에 와야 위치가 정해지는 SVG는 하나씩 화면에
 * 가져와 잽니다.
 */
export async function measureTextContrast(page: Page): Promise<TextContrastReport> {
  // tsx(esbuild)가 안쪽 함수에 붙이는 `__name` 도우미는 브라우저에 없으므로 같은 이름의 빈 함수를 둡니다.
  await page.evaluate('globalThis.__name ??= (target) => target');
  return page.evaluate(async () => {
    type Rgba = [number, number, number, number];

    const parse = (value: string): Rgba | null => {
      const match = /rgba?\(([^)]+)\)/.exec(value);
      if (match?.[1] === undefined) return null;
      const parts = match[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      const [r = 0, g = 0, b = 0, a = 1] = parts;
      return [r, g, b, a];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const alpha = top[3] + bottom[3] * (1 - top[3]);
      if (alpha === 0) return [0, 0, 0, 0];
      const mix = (index: 0 | 1 | 2) =>
        (top[index] * top[3] + bottom[index] * bottom[3] * (1 - top[3])) / alpha;
      return [mix(0), mix(1), mix(2), alpha];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (value: number) => {
        const v = value / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratioOf = (a: Rgba, b: Rgba) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (light + 0.05) / (dark + 0.05);
    };
    const css = (color: Rgba) => `rgba(${color.map((part) => Math.round(part * 100) / 100).join(', ')})`;
    const selectorOf = (element: Element): string => {
      const parts: string[] = [];
      for (let node: Element | null = element; node && parts.length < 4; node = node.parentElement) {
        const classes = [...node.classList]
          .slice(0, 2)
          .map((name) => `.${CSS.escape(name)}`)
          .join('');
        parts.unshift(`${node.tagName.toLowerCase()}${node.id ? `#${CSS.escape(node.id)}` : classes}`);
        if (node.id) break;
      }
      return parts.join(' > ');
    };

    const canvas: Rgba = parse(getComputedStyle(document.documentElement).backgroundColor) ?? [
      255, 255, 255, 1,
    ];
    const pageBase: Rgba = canvas[3] === 0 ? [255, 255, 255, 1] : canvas;
    const svgShapes = new Set(['rect', 'path', 'circle', 'ellipse', 'polygon', 'polyline']);

    /** 요소와 조상의 배경색을 위에서부터 합성합니다. 배경 이미지를 만나면 null. */
    const htmlBackground = (start: Element | null, seed: Rgba): Rgba | null => {
      let color = seed;
      for (let node = start; node && color[3] < 1; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.backgroundImage !== 'none' && !(node instanceof SVGElement)) return null;
        const background = parse(style.backgroundColor);
        if (background && background[3] > 0) color = over(color, background);
      }
      return color[3] < 1 ? over(color, pageBase) : color;
    };

    /** SVG 안의 글자: 글자 가운데 점 아래에 그려진 도형의 채움색부터 합성합니다. */
    const svgBackground = (element: Element): Rgba | null => {
      // Mermaid 시퀀스 그림의 자동 번호는 선의 marker(원) 위에 그려지는데, marker는 elementsFromPoint에 잡히지 않습니다.
      if (element.classList.contains('sequenceNumber')) {
        const marker = element.closest('svg')?.querySelector('marker[id$="sequencenumber"] circle');
        const fill = marker ? parse(getComputedStyle(marker).fill) : null;
        if (fill && fill[3] >= 1) return fill;
      }
      const box = element.getBoundingClientRect();
      const stack = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      let color: Rgba = [0, 0, 0, 0];
      for (const node of stack) {
        if (node === element || element.contains(node) || node.contains(element)) continue;
        if (!(node instanceof SVGElement) || !svgShapes.has(node.tagName.toLowerCase())) continue;
        const style = getComputedStyle(node);
        const fill = parse(style.fill);
        if (!fill) continue;
        fill[3] *= Number(style.fillOpacity) * Number(style.opacity);
        if (fill[3] > 0) color = over(color, fill);
        if (color[3] >= 1) return color;
      }
      const svg = element.closest('svg');
      return htmlBackground(svg, color);
    };

    const isVisible = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) return false;
      // 닫힌 모바일 사이드바처럼 화면 옆으로 밀려난 요소
      if (box.right <= 0 || box.left >= document.documentElement.clientWidth) return false;
      if (getComputedStyle(element).visibility !== 'visible') return false;
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (Number(style.opacity) === 0) return false;
        // 화면 읽기 전용 글자(.sr-only 등)는 잘려서 보이지 않습니다.
        if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') return false;
        // 접힌 사이드바 분류처럼 넘침을 자르는 조상이 납작하면 안의 글자도 보이지 않습니다.
        if (node !== element && style.overflow !== 'visible') {
          const clipBox = node.getBoundingClientRect();
          if (clipBox.width < 2 || clipBox.height < 2) return false;
        }
      }
      return true;
    };

    const opacityOf = (element: Element): number => {
      let opacity = 1;
      for (let node: Element | null = element; node; node = node.parentElement) {
        opacity *= Number(getComputedStyle(node).opacity);
      }
      return opacity;
    };

    const textElements = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || (node.textContent ?? '').trim() === '') continue;
      if (parent.closest('script, style, noscript, template, title')) continue;
      textElements.add(parent);
    }

    const svgContainers = new Set<Element>();
    let checked = 0;
    let unknownBackground = 0;
    const problems: {
      text: string;
      selector: string;
      foreground: string;
      background: string;
      ratio: number;
      required: number;
    }[] = [];

    const check = (element: Element) => {
      if (!isVisible(element)) return;
      const style = getComputedStyle(element);
      const inSvg = element instanceof SVGElement || element.closest('svg') !== null;
      const paint = parse(
        element instanceof SVGElement && element.tagName.toLowerCase() !== 'foreignobject'
          ? style.fill
          : style.color,
      );
      if (!paint) return;
      paint[3] *= opacityOf(element) * (element instanceof SVGElement ? Number(style.fillOpacity) : 1);
      const background = inSvg ? svgBackground(element) : htmlBackground(element, [0, 0, 0, 0]);
      checked += 1;
      if (!background) {
        unknownBackground += 1;
        return;
      }
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const required = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      const foreground = over(paint, background);
      const ratio = paint[3] === 0 ? 1 : ratioOf(foreground, background);
      if (ratio < required) {
        problems.push({
          text: (element.textContent ?? '').trim().slice(0, 40),
          selector: selectorOf(element),
          foreground: paint[3] === 0 ? 'transparent' : css(paint),
          background: css(background),
          ratio: Math.round(ratio * 100) / 100,
          required,
        });
      }
    };

    for (const element of textElements) {
      const svg = element.closest('svg');
      if (svg) svgContainers.add(svg);
      else check(element);
    }
    // SVG 안의 글자는 아래 도형을 elementsFromPoint로 찾으므로 그림을 화면에 가져온 뒤 잽니다.
    for (const svg of svgContainers) {
      svg.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      for (const element of textElements) if (svg.contains(element)) check(element);
    }
    window.scrollTo(0, 0);
    return { checked, unknownBackground, problems };
  });
}

export function formatTextContrastProblems(where: string, report: TextContrastReport): string[] {
  return report.problems.map(
    (problem) =>
      `${where}: "${problem.text}" (${problem.selector}) 글자 ${problem.foreground} / 배경 ${problem.background} = ${problem.ratio}:1, AA는 ${problem.required}:1 이상. 글자색이나 배경색을 고치세요.`,
  );
}
