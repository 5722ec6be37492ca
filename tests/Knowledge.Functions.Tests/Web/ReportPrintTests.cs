using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Knowledge.Tests.Web;

/// <summary>
/// The situation report on paper, page by page: page 1 holds the title, the key figures and the ranking; every page
/// has the running header (county, period, live or issued) and "Sida X av Y"; no page is blank; the other surveys'
/// sources are numbered notes at the end, not addresses in the rows; an establishment with nothing in the period
/// takes one line and no section is printed empty.
/// </summary>
public sealed partial class ReportPageTests
{
    [Fact]
    public async Task The_printed_report_has_the_ranking_on_page_one_a_running_header_and_page_numbers_on_every_page_and_its_sources_as_notes()
    {
        await SubmitAsync(Kiruna, 5);
        var (quarter, _) = CurrentQuarter();
        var (report, codebook) = await LiveReportAsync(quarter);

        var topTag = report["challenges"]!.AsArray().First(c => c!["rank"]?.GetValue<int>() == 1)!["tag"]!.GetValue<string>();
        string Label(string language) =>
            codebook["tags"]!.AsArray().First(t => t!["tag"]!.GetValue<string>() == topTag)!["label"]![language]!.GetValue<string>();
        var quiet = report["establishments"]!.AsArray()
            .First(e => e!["eventsInPeriod"]!.AsArray().Count + e["upcomingPhases"]!.AsArray().Count + e["upcomingProcurement"]!.AsArray().Count == 0)!;
        var quietName = quiet["name"]!.GetValue<string>();

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", $"/report.html?county={Norrbotten}&period={quarter}", county: Norrbotten);
        await page.Locator("#report[data-state=ready][data-source=live]").WaitForAsync();
        var period = await page.EvaluateAsync<string>("() => document.getElementById('report-title').textContent.split(', ').pop()");

        var swedishPdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        if (Environment.GetEnvironmentVariable("KNOWLEDGE_PDF_OUT") is { Length: > 0 } path)
        {
            await File.WriteAllBytesAsync(path, swedishPdf);
        }

        var swedish = PdfPages(swedishPdf);

        Assert.True(swedish.Count >= 2, $"{swedish.Count} pages");
        var first = swedish[0];
        Assert.Contains("Nulägesbild för Norrbottens län", first, StringComparison.Ordinal);
        Assert.Contains("Nyckeltal", first, StringComparison.Ordinal);
        // The key figures stand side by side, so their words interleave: each label is looked for in parts.
        Assert.Contains("Svar totalt", first, StringComparison.Ordinal);
        Assert.Contains("Enkätsvar", first, StringComparison.Ordinal);
        Assert.Contains("Intervjuanteckningar", first, StringComparison.Ordinal);
        Assert.Contains("Utmaningarna i rangordning", first, StringComparison.Ordinal);
        Assert.Contains($"Utmaningarna i Norrbottens län i rangordning, {period}", first, StringComparison.Ordinal);
        AssertWords(Label("sv"), first);
        var header = first[..first.IndexOf("Nulägesbild för", StringComparison.Ordinal)].Trim();
        Assert.StartsWith($"Nulägesbild · Norrbottens län · {period} · aktuell, uppgifterna gäller", header, StringComparison.Ordinal);
        for (var i = 0; i < swedish.Count; i++)
        {
            var text = swedish[i];
            var footer = $"Sida {i + 1} av {swedish.Count}";
            Assert.Contains(footer, text, StringComparison.Ordinal);
            Assert.Contains(header, text, StringComparison.Ordinal);
            // Not blank: the page holds more than its header and footer.
            var body = text.Replace(header, "", StringComparison.Ordinal).Replace(footer, "", StringComparison.Ordinal);
            Assert.True(body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 10, $"page {i + 1} is nearly blank: {text}");
        }

        var all = string.Join(' ', swedish);
        var notes = all.IndexOf("Källor", StringComparison.Ordinal);
        Assert.True(notes > 0, "the sources are listed");
        Assert.DoesNotContain("https://", all[..notes], StringComparison.Ordinal);
        Assert.Contains("tillvaxtverket.se", all[notes..], StringComparison.Ordinal);
        Assert.Contains("Tillväxtverket: Företagens villkor och verklighet 2023", all[notes..], StringComparison.Ordinal);
        // An establishment with nothing coming is one line; no section or subsection is printed empty.
        Assert.Contains($"{quietName} ", all, StringComparison.Ordinal);
        Assert.Contains("Inget under perioden eller de kommande sex månaderna", all, StringComparison.Ordinal);
        Assert.DoesNotContain("0 kommande faser", all, StringComparison.Ordinal);
        Assert.DoesNotContain("0 händelser", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Inga händelser under perioden", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Inga upphandlingsfönster", all, StringComparison.Ordinal);

        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#report-title", new() { HasTextRegex = new("^Situation report for") }).WaitForAsync();
        var english = PdfPages(await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true }));

        Assert.Contains("Key figures", english[0], StringComparison.Ordinal);
        AssertWords(Label("en"), english[0]);
        for (var i = 0; i < english.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {english.Count}", english[i], StringComparison.Ordinal);
            Assert.Contains("Situation report · Norrbotten", english[i], StringComparison.Ordinal);
            Assert.Contains("live, data as of", english[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_printed_issued_report_says_issued_in_its_running_header()
    {
        await SubmitAsync(Lulea, 5);
        var (quarter, _) = CurrentQuarter();
        var id = (await IssueAsync(quarter))["id"]!.GetValue<string>();

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", $"/report.html?county={Norrbotten}&issued={id}", county: Norrbotten);
        await page.Locator("#report[data-state=ready][data-source=issued]").WaitForAsync();

        var pages = PdfPages(await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true }));

        Assert.All(pages.Select((text, i) => (text, i)), p =>
        {
            Assert.Contains("Nulägesbild · Norrbottens län", p.text, StringComparison.Ordinal);
            Assert.Contains("· utfärdad ", p.text, StringComparison.Ordinal);
            Assert.Contains($"Sida {p.i + 1} av {pages.Count}", p.text, StringComparison.Ordinal);
        });
    }

    /// <summary>Every word of a label is on the page (a label wrapped in a table cell interleaves with its row's other cells).</summary>
    private static void AssertWords(string label, string page) =>
        Assert.All(label.Split(' '), word => Assert.Contains(word, page, StringComparison.Ordinal));

    /// <summary>Each page's words, as <see cref="PdfText"/> reads them.</summary>
    private static IReadOnlyList<string> PdfPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p =>
            Words(Ligature().Replace(string.Join(' ', p.GetWords().Select(w => w.Text)), m => m.Value.Normalize(NormalizationForm.FormKC))))];
    }
}
