using Knowledge.Shared.Privacy;

namespace Knowledge.Tagging;

internal sealed class TagFunctions(ITagger tagger)
{
    /// <summary>The longest text to suggest tags for; a note, written with these suggestions beside it, is no longer.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>
    /// Role: any signed-in role. Masks the text, then suggests tags; evidence spans point into the masked
    /// text returned beside them, which is what would be stored.
    /// </summary>
    [Function("Tags_Suggest")]
    [AllowedRoles(Roles.Office, Roles.Region, Roles.Staff, Roles.Admin)]
    [Operation("Tagging", "Masks personal data in a text and suggests tags with evidence spans.")]
    [Accepts(typeof(SuggestTagsRequest))]
    [Returns(200, typeof(TagSuggestionView), "Masked text, tagger name and tags.")]
    public async Task<IResult> Suggest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tags/suggest")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.BindAsync(request, TaggingBodies.Default.SuggestTagsRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var masked = PersonalDataMasker.Mask(body.Text);
        var result = await tagger.TagAsync(masked.Text, cancellationToken);
        return TypedResults.Ok(new TagSuggestionView(result.Tagger, masked.Text, masked.Spans.Count, result.Tags));
    }
}
