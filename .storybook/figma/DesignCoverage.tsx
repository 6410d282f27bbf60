import type {
  ComponentCoverage,
  DesignCoverage,
  PropertyMapping,
  StoryFileLink,
} from 'virtual:callicrates/design-coverage';
import { css } from '../../src/theme/css';
import { defineStyles } from '../../src/theme';
import { cssVar, typographyStyles } from '../../src/tokens';
import { Page, Section } from '../foundations/Page';
import { metaClass } from '../foundations/styles';
import { TokenTable, type Column } from '../foundations/TokenTable';

const kindTitles: Record<PropertyMapping['kind'], string> = {
  VARIANT: 'variant',
  BOOLEAN: 'boolean',
  TEXT: 'text',
  TEXT_LAYER: 'text layer',
  INSTANCE_SWAP: 'instance swap',
  INSTANCE_LAYER: 'nested instance',
};

const listClass = defineStyles(css`
  label: design-coverage-list;
  display: grid;
  gap: ${cssVar('space.1')};
  margin: 0;
  padding: 0;
  list-style: none;
`);

const mappingClass = defineStyles(css`
  label: design-coverage-mapping;
  & summary {
    cursor: pointer;
    ${typographyStyles('label-sm')}
  }
  & dl {
    display: grid;
    gap: ${cssVar('space.2')};
    margin-block: ${cssVar('space.2')} 0;
  }
  & dt {
    ${typographyStyles('label-sm')}
  }
  & dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`);

/** `Button.variant` + `"danger"` → `variant="danger"`; a fact that is not written says so. */
function describeFact(key: string, value: string | null, single: boolean) {
  const [element = '', attribute = ''] = key.split(/\.(?=[^.]+$)/);
  const where = single || key === '<root>' ? attribute || element : `${element} ${attribute}`;
  if (key === '<root>') return value === null ? 'no element' : `<${value}>`;
  if (value === null) return `${where} not set`;
  if (attribute === 'children') return `${where}: ${value}`;
  return value === 'true' ? where : `${where}=${value}`;
}

function describeValue(property: PropertyMapping, facts: Record<string, string | null>) {
  const elements = new Set(property.keys.map((key) => key.split('.')[0]));
  const parts = property.keys.map((key) =>
    describeFact(key, facts[key] ?? null, elements.size === 1),
  );
  return parts.length > 0 ? parts.join(', ') : 'no change';
}

function Mapping({ property }: { property: PropertyMapping }) {
  const kind = kindTitles[property.kind];
  if (property.kind === 'INSTANCE_SWAP' || property.kind === 'INSTANCE_LAYER') {
    return (
      <>
        <dt>
          {property.name} <span className={metaClass}>({kind})</span>
        </dt>
        <dd>
          {property.keys.length > 0 ? (
            <>
              rendered by its own template, into <code>{property.keys.join(', ')}</code>
            </>
          ) : (
            'rendered by its own template'
          )}
        </dd>
      </>
    );
  }
  if (property.kind === 'TEXT' || property.kind === 'TEXT_LAYER') {
    return (
      <>
        <dt>
          {property.name} <span className={metaClass}>({kind})</span>
        </dt>
        <dd>
          {property.keys.length > 0 ? <code>{property.keys.join(', ')}</code> : 'not emitted'}
        </dd>
      </>
    );
  }
  return (
    <>
      <dt>
        {property.name} <span className={metaClass}>({kind})</span>
      </dt>
      <dd>
        <ul className={listClass}>
          {property.values.map(({ value, facts }) => (
            <li key={value}>
              {value} → <code>{describeValue(property, facts)}</code>
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

function storyHref(file: StoryFileLink) {
  if (file.via !== 'story' && file.docsId) return `./?path=/docs/${file.docsId}`;
  const story = file.stories[0];
  return story ? `./?path=/story/${story.id}` : undefined;
}

function Stories({ files }: { files: StoryFileLink[] }) {
  if (files.length === 0) return <span className={metaClass}>No story shows it</span>;
  return (
    <ul className={listClass}>
      {files.map((file) => (
        <li key={file.file}>
          <a href={storyHref(file)} target="_top">
            {file.title}
          </a>{' '}
          <span className={metaClass}>
            {file.via === 'story'
              ? `(${file.stories.map((story) => story.name).join(', ')})`
              : `(${file.stories.length} ${file.stories.length === 1 ? 'story' : 'stories'}${file.via === 'folder' ? ', its folder' : ''})`}
          </span>
        </li>
      ))}
    </ul>
  );
}

function FigmaNode({ name, nodeId, nodeUrl }: { name: string; nodeId: string; nodeUrl: string }) {
  return (
    <a
      href={nodeUrl}
      target="_blank"
      rel="noreferrer"
      aria-label={`${name} in Figma, node ${nodeId}`}
    >
      {nodeId}
    </a>
  );
}

function Template({ component }: { component: ComponentCoverage }) {
  const { template } = component;
  if (!template) return <strong>No Code Connect template</strong>;
  const others = template.components.filter((name) => name !== template.component);
  return (
    <div className={listClass}>
      <code>{template.file.split('/').at(-1)}</code>
      <span className={metaClass}>
        {template.component}
        {others.length > 0
          ? others.length > 6
            ? ` and ${others.length} more`
            : `, with ${others.join(', ')}`
          : ''}
        ; {template.renderings} renderings checked
      </span>
      {Object.keys(template.codeOnly).length > 0 && (
        <span className={metaClass}>
          Code only:{' '}
          {Object.entries(template.codeOnly)
            .map(([prop, values]) => `${prop} ${values.join(', ')}`)
            .join('; ')}
        </span>
      )}
    </div>
  );
}

function Properties({ component }: { component: ComponentCoverage }) {
  const properties = component.template?.properties ?? [];
  if (properties.length === 0) return <span className={metaClass}>None</span>;
  return (
    <details className={mappingClass}>
      <summary>
        {properties.length} {properties.length === 1 ? 'property' : 'properties'}:{' '}
        {properties.map((property) => property.name).join(', ')}
      </summary>
      <dl>
        {properties.map((property) => (
          <Mapping key={property.name} property={property} />
        ))}
      </dl>
    </details>
  );
}

const componentColumns: Column<ComponentCoverage>[] = [
  { header: 'Component', cell: (row) => row.name, width: '12%' },
  {
    header: 'Figma node',
    cell: (row) => <FigmaNode name={row.name} nodeId={row.nodeId} nodeUrl={row.nodeUrl} />,
    width: '9%',
  },
  { header: 'Code Connect', cell: (row) => <Template component={row} />, width: '24%' },
  { header: 'Stories', cell: (row) => <Stories files={row.stories} />, width: '22%' },
  { header: 'Figma properties mapped', cell: (row) => <Properties component={row} /> },
];

type Frame = DesignCoverage['frames'][number];

const frameColumns: Column<Frame>[] = [
  { header: 'Frame', cell: (row) => row.name, width: '30%' },
  {
    header: 'Figma node',
    cell: (row) => <FigmaNode name={row.name} nodeId={row.nodeId} nodeUrl={row.nodeUrl} />,
    width: '15%',
  },
  { header: 'Stories', cell: (row) => <Stories files={row.stories} /> },
];

/**
 * Design coverage: each Figma component with its node, its Code Connect template and what each
 * Figma property maps to, and the stories that show it; then the other frames Storybook links.
 */
export function DesignCoveragePage({ coverage }: { coverage: DesignCoverage }) {
  const { channel, components, frames } = coverage;
  const mapped = components.reduce((sum, row) => sum + (row.template?.properties.length ?? 0), 0);
  const renderings = components.reduce((sum, row) => sum + (row.template?.renderings ?? 0), 0);
  const gaps = [
    ...components.filter((row) => !row.template).map((row) => `${row.name} has no template`),
    ...coverage.templatesWithoutNode.map(
      (name) => `${name}.figma.ts has no node in figma/nodes.json`,
    ),
    ...coverage.storiesWithoutDesign.map((file) => `${file} links no Figma node`),
  ];
  return (
    <Page
      title="Design coverage"
      lead={
        <>
          Every component of the Figma library with its Code Connect template, what each Figma
          property becomes in code, and the stories that show it; read from{' '}
          <code>figma/nodes.json</code>, the <code>*.figma.ts</code> templates and the stories.
          Links go to the {channel.channel} channel&apos;s file,{' '}
          <a href={channel.fileUrl} target="_blank" rel="noreferrer">
            {channel.fileName}
          </a>
          {channel.isReleaseBranch
            ? ''
            : ` (branch ${channel.branch ?? 'unknown'} does not release: the default)`}
          . <code>npm test</code> runs each template with every value of every property and
          type-checks the code against the components.
        </>
      }
    >
      <Section
        title="Components"
        lead={`${components.length} Figma components, ${components.filter((row) => row.template).length} templates, ${mapped} Figma properties mapped, ${renderings} renderings checked.`}
      >
        <TokenTable
          label="Components"
          rows={components}
          rowKey={(row) => row.name}
          columns={componentColumns}
        />
      </Section>
      <Section title="Pages and frames" lead="Frames that Storybook pages link, and link back to.">
        <TokenTable
          label="Pages and frames"
          rows={frames}
          rowKey={(row) => row.name}
          columns={frameColumns}
        />
      </Section>
      {gaps.length > 0 && (
        <Section title="Gaps">
          <ul>
            {gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </Section>
      )}
    </Page>
  );
}
