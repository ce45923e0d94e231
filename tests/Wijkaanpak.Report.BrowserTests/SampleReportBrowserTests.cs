using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Wijkaanpak.Report.BrowserTests;

/// <summary>
/// Every sample report opened in headless Chromium as a programme manager would: on a 1,280 px
/// screen and printed to A4. The assertions are measured on the rendered page (bounding boxes from
/// the DOM), not on the markup.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class SampleReportBrowserTests(ChromiumFixture chromium)
{
    /// <summary>The width of the A4 print area at 96 CSS pixels per inch with the stylesheet's 15 mm margins.</summary>
    private const int PrintWidth = 680;

    /// <summary>Returns, per picture whose SVG sticks out of its box, a line naming it.</summary>
    private const string PicturesOutsideTheirBox = """
        () => [...document.querySelectorAll('figure svg')].flatMap(svg => {
          const box = svg.closest('.picture');
          const s = svg.getBoundingClientRect(), b = box.getBoundingClientRect();
          const name = svg.querySelector('title')?.textContent ?? '?';
          const out = s.left < b.left - 0.5 || s.right > b.right + 0.5 || s.top < b.top - 0.5 || s.bottom > b.bottom + 0.5 || box.scrollWidth > box.clientWidth + 1;
          return out ? [`${name}: picture ${Math.round(s.width)} px wide in a box of ${Math.round(b.width)} px (scrolls: ${box.scrollWidth > box.clientWidth + 1})`] : [];
        })
        """;

    /// <summary>Returns a line per pair of overlapping labels, and per label outside its canvas, in the theory-of-change and network pictures.</summary>
    private const string OverlappingLabels = """
        () => [...document.querySelectorAll('svg[data-picture="theory-of-change"], svg[data-picture="network"]')].flatMap(svg => {
          const canvas = svg.getBoundingClientRect();
          const labels = [...svg.querySelectorAll('text')].map(t => ({ text: t.textContent, r: t.getBoundingClientRect() })).filter(l => l.r.width > 0);
          const problems = [];
          for (const l of labels) {
            if (l.r.left < canvas.left - 0.5 || l.r.right > canvas.right + 0.5 || l.r.top < canvas.top - 0.5 || l.r.bottom > canvas.bottom + 0.5) {
              problems.push(`${svg.dataset.picture}: '${l.text}' outside the canvas`);
            }
          }
          for (let i = 0; i < labels.length; i++) {
            for (let j = i + 1; j < labels.length; j++) {
              const a = labels[i].r, b = labels[j].r;
              const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (w > 1 && h > 1) {
                problems.push(`${svg.dataset.picture}: '${labels[i].text}' overlaps '${labels[j].text}'`);
              }
            }
          }
          return problems;
        })
        """;

    /// <summary>Returns a line per text of the theory-of-change pictures drawn smaller than 13 px at the page's width.</summary>
    private const string SmallTheoryText = """
        () => [...document.querySelectorAll('svg[data-picture="theory-of-change"]')].flatMap(svg => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].flatMap(t => {
            const px = parseFloat(getComputedStyle(t).fontSize) * scale;
            return px < 12.95 ? [`'${t.textContent}' at ${px.toFixed(1)} px`] : [];
          });
        })
        """;

    [Theory]
    [MemberData(nameof(SampleReports.Models), MemberType = typeof(SampleReports))]
    public async Task The_page_does_not_scroll_sideways_at_1280_px(string sample)
    {
        var page = await chromium.OpenAsync(SampleReports.HtmlOf(sample));

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, viewport) = (widths[0], widths[1]);

        Assert.True(scrollWidth <= viewport, $"{sample}: the page is {scrollWidth} px wide in a {viewport} px window");
        await page.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(SampleReports.Models), MemberType = typeof(SampleReports))]
    public async Task Every_picture_lies_inside_its_box_on_screen_and_on_A4(string sample)
    {
        var page = await chromium.OpenAsync(SampleReports.HtmlOf(sample));
        var onScreen = await page.EvaluateAsync<string[]>(PicturesOutsideTheirBox);
        await page.SetViewportSizeAsync(PrintWidth, 1000);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var onPaper = await page.EvaluateAsync<string[]>(PicturesOutsideTheirBox);

        Assert.Empty(onScreen);
        Assert.Empty(onPaper);
        await page.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(SampleReports.Models), MemberType = typeof(SampleReports))]
    public async Task No_two_labels_of_the_theory_of_change_and_the_network_overlap(string sample)
    {
        var page = await chromium.OpenAsync(SampleReports.HtmlOf(sample));

        var problems = await page.EvaluateAsync<string[]>(OverlappingLabels);
        var pictures = await page.Locator("svg[data-picture=\"theory-of-change\"]").CountAsync();

        Assert.Empty(problems);
        Assert.True(pictures > 0, $"{sample}: no theory-of-change picture");
        await page.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(SampleReports.Models), MemberType = typeof(SampleReports))]
    public async Task Theory_of_change_text_is_at_least_13_px_when_printed(string sample)
    {
        var page = await chromium.OpenAsync(SampleReports.HtmlOf(sample), PrintWidth);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var small = await page.EvaluateAsync<string[]>(SmallTheoryText);

        Assert.Empty(small);
        await page.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(SampleReports.Models), MemberType = typeof(SampleReports))]
    public async Task The_report_prints_to_A4_with_a_page_per_section_at_least(string sample)
    {
        var page = await chromium.OpenAsync(SampleReports.HtmlOf(sample));
        var sections = await page.Locator("main > section").CountAsync();

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        var pages = PdfPage().Count(Encoding.Latin1.GetString(pdf));

        Assert.True(sections >= 5, $"{sample}: {sections} sections");
        Assert.InRange(pages, sections, 20 * sections);
        await page.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(SampleReports.Models), MemberType = typeof(SampleReports))]
    public async Task A_screenshot_of_every_section_is_saved(string sample)
    {
        var page = await chromium.OpenAsync(SampleReports.HtmlOf(sample));
        var folder = Path.Combine(SampleReports.ArtefactFolder, Path.GetFileNameWithoutExtension(sample));
        Directory.CreateDirectory(folder);
        var sections = page.Locator("main > section");
        var count = await sections.CountAsync();

        var written = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var section = sections.Nth(i);
            var path = Path.Combine(folder, $"{i + 1:00}-{await section.GetAttributeAsync("aria-labelledby")}.png");
            await section.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
            written.Add(path);
        }

        Assert.All(written, path => Assert.True(new FileInfo(path).Length > 1000, $"{path} is empty"));
        Assert.True(count >= 5, $"{sample}: {count} sections");
        await page.CloseAsync();
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PdfPage();
}
