using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Notes;

/// <summary>The county's review queue (<c>GET /api/notes?county=&amp;review=pending</c>) and who reviewed, with what comment.</summary>
[Collection(StorageCollection.Name)]
public sealed class ReviewQueueTests(TestEnvironment env)
{
    private const string Kronoberg = "07";
    private const string Vaxjo = "0780";
    private const string Alvesta = "0764";
    private const string Kalmar = "08";
    private const string KalmarTown = "0880";
    private const string Umea = "2480";

    [Fact]
    public async Task The_queue_lists_the_countys_unreviewed_notes_oldest_first_across_its_municipalities()
    {
        var first = await NoteAsync(Vaxjo);
        var reviewed = await NoteAsync(Alvesta);
        var third = await NoteAsync(Alvesta);
        var elsewhere = await NoteAsync(Umea);
        var staff = await env.ClientAsync(Principals.Staff());
        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/notes/{reviewed}/tags", new { tags = new[] { "financing" } })).StatusCode);

        var queue = await QueueAsync(staff, Kronoberg, limit: 100);

        var mine = queue.Where(id => id == first || id == reviewed || id == third || id == elsewhere).ToList();
        Assert.Equal([first, third], mine);
    }

    [Fact]
    public async Task The_queue_holds_at_most_the_limit_and_a_reviewed_note_leaves_it()
    {
        var staff = await env.ClientAsync(Principals.Admin());
        foreach (var id in await QueueAsync(staff, Kalmar, limit: 100))
        {
            await staff.PutAsJsonAsync($"/api/notes/{id}/tags", new { tags = Array.Empty<string>() });
        }

        var oldest = await NoteAsync(KalmarTown);
        var next = await NoteAsync(KalmarTown);
        await NoteAsync(KalmarTown);

        var two = await QueueAsync(staff, Kalmar, limit: 2);
        await staff.PutAsJsonAsync($"/api/notes/{oldest}/tags", new { tags = new[] { "timing" } });
        var afterReview = await QueueAsync(staff, Kalmar, limit: 1);

        Assert.Equal([oldest, next], two);
        Assert.Equal([next], afterReview);
    }

    [Fact]
    public async Task A_review_keeps_the_reviewer_and_a_comment_masked_as_note_text_is()
    {
        var id = await NoteAsync(Vaxjo);
        var staff = await env.ClientAsync(Principals.Staff("reviewer-7"));

        var review = await staff.PutAsJsonAsync($"/api/notes/{id}/tags", new { tags = new[] { "financing" }, comment = "Ringde ägaren på 070-123 45 67: banken sa nej." });
        var read = (await staff.GetFromJsonAsync<JsonObject>($"/api/notes/{id}"))!;

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Equal("reviewer-7", read["review"]!["reviewedBy"]!.GetValue<string>());
        var comment = read["review"]!["comment"]!.GetValue<string>();
        Assert.StartsWith("Ringde ägaren på ", comment, StringComparison.Ordinal);
        Assert.EndsWith(": banken sa nej.", comment, StringComparison.Ordinal);
        Assert.DoesNotContain("070", comment, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("county=07&review=all", "review")]
    [InlineData("county=99&review=pending", "county")]
    [InlineData("review=pending", "county")]
    [InlineData("county=07&review=pending&limit=0", "limit")]
    [InlineData("county=07&review=pending&limit=101", "limit")]
    [InlineData("county=07&review=pending&municipality=0780", "municipality")]
    public async Task Bad_queue_parameters_are_named(string query, string field)
    {
        var staff = await env.ClientAsync(Principals.Staff());

        await (await staff.GetAsync($"/api/notes?{query}")).AssertFieldErrorsAsync(field);
    }

    [Fact]
    public async Task Offices_do_not_see_the_queue_and_a_long_comment_is_named()
    {
        var id = await NoteAsync(Vaxjo);
        var office = await env.ClientAsync(Principals.Office(Vaxjo));
        var staff = await env.ClientAsync(Principals.Staff());

        await (await office.GetAsync($"/api/notes?county={Kronoberg}&review=pending")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await staff.PutAsJsonAsync($"/api/notes/{id}/tags", new { tags = new[] { "timing" }, comment = new string('x', 1001) })).AssertFieldErrorsAsync("comment");
    }

    private async Task<string> NoteAsync(string municipality)
    {
        var id = Guid.NewGuid().ToString();
        var office = await env.ClientAsync(Principals.Office(municipality));
        var created = await office.PostAsJsonAsync("/api/notes", new JsonObject
        {
            ["noteId"] = id,
            ["municipality"] = municipality,
            ["interviewDate"] = "2026-11-20",
            ["text"] = "Banken vill inte låna ut till den nya svetsen.",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return id;
    }

    private static async Task<List<string>> QueueAsync(HttpClient client, string county, int limit) =>
        [.. (await client.GetFromJsonAsync<JsonArray>($"/api/notes?county={county}&review=pending&limit={limit}"))!.Select(n => n!["noteId"]!.GetValue<string>())];
}
