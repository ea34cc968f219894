import type { BlogCategory } from '../../src/data/categories';
import type { CategorizedPost, ResolvedCategory } from './types';

/** 카테고리 트리를 깊이 우선 순서의 평평한 목록으로 펼치고 주소를 붙입니다. */
export function resolveCategories(
  tree: readonly BlogCategory[],
  /** baseUrl을 포함한 카테고리 목록 주소, 예: `/docker-study/blog/category` */
  indexPermalink: string,
  separator: string,
): ResolvedCategory[] {
  const resolved: ResolvedCategory[] = [];
  const visit = (nodes: readonly BlogCategory[], parent: ResolvedCategory | null): void => {
    for (const node of nodes) {
      const key = parent ? `${parent.key}${separator}${node.label}` : node.label;
      const permalink = `${parent ? parent.permalink : indexPermalink}/${node.slug}`;
      const crumb = { key, label: node.label, permalink };
      const category: ResolvedCategory = {
        ...crumb,
        description: node.description,
        parentKey: parent ? parent.key : null,
        trail: [...(parent ? parent.trail : []), crumb],
        depth: parent ? parent.depth + 1 : 0,
      };
      resolved.push(category);
      visit(node.children ?? [], category);
    }
  };
  visit(tree, null);
  return resolved;
}

/** 설정 실수를 빌드 초기에 잡습니다: 같은 주소를 두 카테고리가 쓰거나 slug가 주소에 맞지 않는 경우입니다. */
export function findCategoryDefinitionProblems(categories: readonly ResolvedCategory[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const category of categories) {
    const slug = category.permalink.slice(category.permalink.lastIndexOf('/') + 1);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      problems.push(`"${category.key}"의 slug "${slug}"는 소문자 ASCII, 숫자, '-'만 쓸 수 있습니다.`);
    }
    const other = seen.get(category.permalink);
    if (other !== undefined) {
      problems.push(`"${other}"와 "${category.key}"가 같은 주소 ${category.permalink}를 씁니다.`);
    }
    seen.set(category.permalink, category.key);
  }
  return problems;
}

/** 카테고리와 그 하위 카테고리에 속한 글 (입력 순서를 지킵니다) */
export function postsInCategory(
  category: ResolvedCategory,
  posts: readonly CategorizedPost[],
  separator: string,
): CategorizedPost[] {
  return posts.filter(
    (post) => post.categoryKey === category.key || post.categoryKey.startsWith(`${category.key}${separator}`),
  );
}
