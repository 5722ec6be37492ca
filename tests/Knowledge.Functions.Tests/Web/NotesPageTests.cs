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
        await page.Locator("#review-tags input[name='tag:succession'][value=accept]").CheckAsync();
        await page.Locator("#review-save").ClickAsync();
        await page.Locator("#review-queue-status", new() { HasTextRegex = new("från .* är sparad|from .* is saved") }).WaitForAsync();

        using var admin = browser.App.CreateClient().As(Principals.Admin());
        var stored = (await admin.GetFromJsonAsync<JsonObject>($"/api/notes/{noteId}"))!;
        var tags = stored["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        Assert.Contains("succession", tags);
        Assert.Contains("financing", tags);
        Assert.NotNull(stored["review"]);
    }

    [Fact]
    public async Task Staff_work_through_the_county_queue_with_the_keyboard_and_the_next_note_opens()
    {
        // Gotland: a county of its own, so the other tests' notes are not in this queue.
        const string gotland = "0980";
        const string comment = "Kunden nämner 2 lån och en ny ägare.";
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        using (var office = browser.App.CreateClient().As(Principals.Office(gotland)))
        {
            (await office.PostAsJsonAsync("/api/notes", new { noteId = first, municipality = gotland, interviewDate = "2026-10-01", text = NoteText })).EnsureSuccessStatusCode();
            (await office.PostAsJsonAsync("/api/notes", new { noteId = second, municipality = gotland, interviewDate = "2026-10-02", text = "Vi pratade om export till Norge." })).EnsureSuccessStatusCode();
        }

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "staff", "/notes-review.html?county=09");
        await page.Locator("#review-queue-status", new() { HasText = "2 anteckningar väntar på granskning" }).WaitForAsync();
        await page.WaitForURLAsync($"**note={first}*");
        await page.Locator("#review-detail:not([hidden])").WaitForAsync();
        var swedish = await page.RunAxe();

        // The suggested tag is row 1 and starts accepted; succession is not suggested and starts rejected.
        var rows = await page.Locator("#review-tag-options .tag-choice").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.tag)");
        var successionRow = Array.IndexOf(rows, "succession");
        Assert.Equal("financing", rows[0]);
        Assert.InRange(successionRow, 1, 8);
        Assert.Equal("1", await page.Locator(".tag-choice[data-tag=financing]").GetAttributeAsync("aria-keyshortcuts"));
        Assert.True(await page.Locator("input[name='tag:financing'][value=accept]").IsCheckedAsync());
        Assert.True(await page.Locator("input[name='tag:succession'][value=reject]").IsCheckedAsync());

        await page.Locator("input[name='tag:financing'][value=accept]").FocusAsync();
        await page.Keyboard.PressAsync("1");
        await page.Keyboard.PressAsync((successionRow + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(await page.Locator("input[name='tag:financing'][value=reject]").IsCheckedAsync());
        Assert.True(await page.Locator("input[name='tag:succession'][value=accept]").IsCheckedAsync());
        Assert.Contains("godkänd", await page.Locator("#review-status").InnerTextAsync(), StringComparison.Ordinal);

        // Typing digits, n and s in the comment stays typing: nothing flips, skips or saves.
        await page.Locator("#review-comment").PressSequentiallyAsync(comment);
        Assert.Equal(comment, await page.Locator("#review-comment").InputValueAsync());
        Assert.Contains($"note={first}", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("input[name='tag:financing'][value=reject]").IsCheckedAsync());

        await page.Keyboard.PressAsync("Control+Enter");
        await page.Locator("#review-queue-status", new() { HasTextRegex = new("från .*2026.* är sparad\\. 1 anteckning väntar på granskning") }).WaitForAsync();
        await page.WaitForURLAsync($"**note={second}*");
        await page.Locator("#review-note-title:focus").WaitForAsync();
        Assert.Equal("", await page.Locator("#review-comment").InputValueAsync());

        using var admin = browser.App.CreateClient().As(Principals.Admin());
        var stored = (await admin.GetFromJsonAsync<JsonObject>($"/api/notes/{first}"))!;
        Assert.Equal(["succession"], stored["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(comment, stored["review"]!["comment"]!.GetValue<string>());
        // The development sign-in's user id for staff@example.se (as Static Web Apps, an opaque id per user).
        var staffUserId = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("staff@example.se"u8))[..32].ToLowerInvariant();
        Assert.Equal(staffUserId, stored["review"]!["reviewedBy"]!.GetValue<string>());

        // English, then the second note with the S key from the heading: the queue is empty.
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#review-save", new() { HasText = "Save and next" }).WaitForAsync();
        var english = await page.RunAxe();
        await page.Locator("#review-note-title").FocusAsync();
        await page.Keyboard.PressAsync("s");
        await page.Locator("#review-queue-status", new() { HasText = "No more notes await review in the county." }).WaitForAsync();
        Assert.True(await page.Locator("#review-detail").IsHiddenAsync());
        Assert.NotNull((await admin.GetFromJsonAsync<JsonObject>($"/api/notes/{second}"))!["review"]);

        Assert.True(swedish.Violations.Length == 0, string.Join("; ", swedish.Violations.Select(v => v.Id)));
        Assert.True(english.Violations.Length == 0, string.Join("; ", english.Violations.Select(v => v.Id)));
    }

    [Fact]
    public async Task A_review_someone_else_saved_first_is_reported_and_the_note_reloaded()
    {
        const string gotland = "0980";
        var noteId = Guid.NewGuid();
        using (var office = browser.App.CreateClient().As(Principals.Office(gotland)))
        {
            (await office.PostAsJsonAsync("/api/notes", new { noteId, municipality = gotland, interviewDate = "2026-09-01", text = NoteText })).EnsureSuccessStatusCode();
        }

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "staff", $"/notes-review.html?county=09&note={noteId}");
        await page.Locator("#review-detail:not([hidden])").WaitForAsync();

        using (var other = browser.App.CreateClient().As(Principals.Staff("other-staff")))
        {
            var current = await other.GetAsync($"/api/notes/{noteId}");
            using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/notes/{noteId}/tags") { Content = JsonContent.Create(new { tags = new[] { "succession" } }) };
            put.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag!.ToString());
            (await other.SendAsync(put)).EnsureSuccessStatusCode();
        }

        await page.Locator("#review-save").ClickAsync();
        await page.Locator("#review-alert", new() { HasText = "Någon annan granskade anteckningen före dig" }).WaitForAsync();
        // Reloaded with the other review: its tags are the accepted ones.
        await page.Locator("input[name='tag:succession'][value=accept]:checked").WaitForAsync();
        Assert.True(await page.Locator("input[name='tag:financing'][value=reject]").IsCheckedAsync());
        Assert.Contains($"note={noteId}", page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("office", "/notes.html", "#note-workspace:not([hidden])")]
    [InlineData("staff", "/notes-review.html?county=25", "#review-queue-status:has-text('väntar på granskning')")]
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
