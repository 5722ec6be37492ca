using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Knowledge.Tests.Web;

/// <summary>An office writes a note with live suggestions; staff review its tags. In Chromium, against the real host.</summary>
public sealed class NotesPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Lulea = "2580";
    private const string NoteText = "Vi träffade ägaren, personnummer 811218-9876. Banken lånar inte ut till den nya maskinen.";

    [Fact]
    public async Task A_note_shows_live_suggestions_with_evidence_and_saves_masked_with_its_tags_and_establishments()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "office", "/notes.html", municipality: Lulea);
        await page.Locator("#note-workspace:not([hidden])").WaitForAsync();

        await page.Locator("#note-text").FillAsync(NoteText);
        await page.GetByLabel("LKAB Construction").CheckAsync();
        await page.Locator("#note-suggestions li[data-tag=financing]").WaitForAsync();
        var highlighted = await page.Locator("#note-preview mark[data-tag=financing]").First.InnerTextAsync();
        var notice = await page.Locator("#note-masked-notice").InnerTextAsync();
        await page.Locator("#note-save").ClickAsync();
        await page.Locator("#note-confirmation:not([hidden])").WaitForAsync();
        var noteId = (await page.Locator("#note-confirmation-id").InnerTextAsync()).Trim();
        var savedTags = await page.Locator("#note-saved-tags li[data-tag]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.tag)");

        Assert.False(string.IsNullOrWhiteSpace(highlighted));
        Assert.Contains("1", notice, StringComparison.Ordinal);
        Assert.Contains("financing", savedTags);
        using var admin = browser.App.CreateClient().As(Principals.Admin());
        var stored = (await admin.GetFromJsonAsync<JsonObject>($"/api/notes/{noteId}"))!;
        Assert.DoesNotContain("811218", stored["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("[personnummer]", stored["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["lkab-construction"], stored["establishments"]!.AsArray().Select(e => e!.GetValue<string>()));
    }

    [Fact]
    public async Task Staff_review_a_notes_tags_and_the_review_is_what_counts()
    {
        var noteId = Guid.NewGuid();
        using (var office = browser.App.CreateClient().As(Principals.Office(Lulea)))
        {
            var created = await office.PostAsJsonAsync("/api/notes", new { noteId, municipality = Lulea, interviewDate = "2026-11-02", text = NoteText });
            created.EnsureSuccessStatusCode();
        }

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "staff", $"/notes-review.html?municipality={Lulea}&note={noteId}");
        await page.Locator("#review-detail:not([hidden])").WaitForAsync();
        await page.Locator("#review-tags input[name=tag][value=succession]").CheckAsync();
        await page.Locator("#review-save").ClickAsync();
        await page.Locator("#review-status", new() { HasTextRegex = new("Granskningen är sparad|The review is saved") }).WaitForAsync();

        using var admin = browser.App.CreateClient().As(Principals.Admin());
        var stored = (await admin.GetFromJsonAsync<JsonObject>($"/api/notes/{noteId}"))!;
        var tags = stored["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        Assert.Contains("succession", tags);
        Assert.Contains("financing", tags);
        Assert.NotNull(stored["review"]);
    }

    [Theory]
    [InlineData("office", "/notes.html", "#note-workspace:not([hidden])")]
    [InlineData("staff", "/notes-review.html", "#review-county")]
    public async Task The_notes_pages_have_no_accessibility_violations(string role, string path, string ready)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, role, path, municipality: role == "office" ? Lulea : null);
        await page.Locator(ready).WaitForAsync();
        if (role == "office")
        {
            await page.Locator("#note-text").FillAsync(NoteText);
            await page.Locator("#note-suggestions li[data-tag=financing]").WaitForAsync();
        }

        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        var english = await page.RunAxe();

        Assert.True(swedish.Violations.Length == 0, string.Join("; ", swedish.Violations.Select(v => v.Id)));
        Assert.True(english.Violations.Length == 0, string.Join("; ", english.Violations.Select(v => v.Id)));
    }
}
