import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/report/document.js';
import { renderHtml } from '../../src/report/html-render.js';
import { markdownText, renderMarkdown } from '../../src/report/markdown-render.js';
import { strong } from '../../src/text/rich-text.js';

/** A name that would be a live link, emphasis, code, a table cell break, a heading close, a tag and a bare-URL link. */
const HOSTILE = '[click me](https://evil.example) **x** _y_ `z` a|b ~~s~~ #h <b>t</b> www.evil.example\nnext';

const document = (name: string): ReportDocument => ({
  title: name,
  lang: 'en',
  lead: ['Status: ', strong(name), '.'],
  blocks: [
    {
      kind: 'section',
      title: name,
      blocks: [
        { kind: 'paragraph', text: [strong(name), ' serves as many requests as ', strong('B')] },
        { kind: 'list', items: [name] },
        {
          kind: 'table',
          sortable: true,
          columns: [{ label: name }, { label: 'cost', numeric: true }],
          rows: [[{ text: name }, { text: 'EUR 1.000', sort: 1000 }]],
        },
        { kind: 'paragraph', text: 'only on the page', htmlOnly: true },
      ],
    },
  ],
  footer: 'footer',
});

describe('the Markdown escaper', () => {
  it('neutralises links, images, emphasis, code, tables, strikethrough, headings, tags, bare URLs and line breaks', () => {
    const escaped = markdownText(HOSTILE);
    expect(escaped).toBe(
      '\\[click me\\](https\\://evil.example) \\*\\*x\\*\\* \\_y\\_ \\`z\\` a\\|b \\~\\~s\\~\\~ \\#h &lt;b&gt;t&lt;/b&gt; www\\.evil.example next',
    );
    expect(markdownText('![img](x.png)')).toBe('!\\[img\\](x.png)');
  });

  it('leaves plain names, numbers and punctuation of the reports as they are', () => {
    expect(markdownText('Gent (44021), EUR 250,000; 403.9 km - P1')).toBe('Gent (44021), EUR 250,000; 403.9 km - P1');
  });
});

describe('one document, two formats', () => {
  it('Markdown: every text escaped, bold only where the document marks it, HTML-only blocks left out', () => {
    const markdown = renderMarkdown(document(HOSTILE));
    const name = markdownText(HOSTILE);
    expect(markdown).toBe(
      [
        `# ${name}`,
        `Status: **${name}**.`,
        `## ${name}`,
        `**${name}** serves as many requests as **B**`,
        `- ${name}`,
        `| ${name} | cost |\n| --- | ---: |\n| ${name} | EUR 1.000 |`,
      ].join('\n\n') + '\n',
    );
    expect(markdown).not.toContain('](https://');
  });

  it('HTML: every text escaped, marks as elements, sortable tables with numeric sort keys', () => {
    const html = renderHtml(document('<b>x</b>'), { style: '' });
    expect(html).not.toContain('<b>');
    expect(html).toContain(
      '<header>\n<h1>&lt;b&gt;x&lt;/b&gt;</h1>\n<p class="status">Status: <strong>&lt;b&gt;x&lt;/b&gt;</strong>.</p>\n</header>',
    );
    expect(html).toContain('<table class="sortable">');
    expect(html).toContain('<th scope="col">&lt;b&gt;x&lt;/b&gt;</th><th class="num" scope="col">cost</th>');
    expect(html).toContain('<td>&lt;b&gt;x&lt;/b&gt;</td><td class="num" data-sort="1000">EUR 1.000</td>');
    expect(html).toContain('<p>only on the page</p>');
    expect(html).toContain('<footer>footer</footer>');
  });
});
