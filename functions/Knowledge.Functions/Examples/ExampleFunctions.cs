using Knowledge.Needs;
using Knowledge.Reference;
using Knowledge.Tagging;

namespace Knowledge.Examples;

internal sealed class ExampleFunctions(
    CatalogueIndex index, IExampleStore store, ExampleCatalogue catalogue, ExampleRecommendations recommendations,
    ExampleKinds kinds, Codebook codebook, ReferenceData reference, TimeProvider clock)
{
    private static readonly string[] Editors = [Roles.Staff, Roles.Admin];

    /// <summary>Role: any signed-in user; drafts are included for staff and admin. <c>?q=&amp;challenge=&amp;kind=&amp;county=&amp;page=&amp;lang=</c>.</summary>
    [Function("Examples_Search")]
    [AllowedRoles(Roles.Office, Roles.Region, Roles.Staff, Roles.Admin)]
    [Operation("Examples", "Searches the good examples: hits with highlighted snippets and facet counts.", Notes = "Drafts are included for staff and admin.")]
    [Parameter("q", "Free text, at most 200 characters.")]
    [Parameter("challenge", "A codebook tag.")]
    [Parameter("kind", "An example kind, see /api/example-kinds.")]
    [Parameter("county", "A county code (25) or a country code (FI).")]
    [Parameter("page", "Page, 1–1000.", Type = typeof(int), Minimum = 1, Maximum = 1000)]
    [Parameter("lang", "Language of titles and snippets.", Enum = ["sv", "en"])]
    [Returns(200, typeof(ExampleSearchResultView), "One page of hits.")]
    [Fails(503)]
    public async Task<IResult> Search(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "examples")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var q = request.Query;
        var errors = new Dictionary<string, string[]>();
        string? text = q["q"];
        if (text?.Length > 200)
        {
            errors["q"] = ["At most 200 characters."];
        }

        var challenge = QueryValues.OneOf(q["challenge"], "challenge", codebook.Tags.Select(t => t.Tag).ToList(), errors);
        var kind = QueryValues.OneOf(q["kind"], "kind", kinds.Ids, errors);
        string? county = q["county"];
        if (!string.IsNullOrEmpty(county) && (county.Length is < 2 or > 3 || !county.All(char.IsAsciiLetterOrDigit)))
        {
            errors["county"] = ["Must be a county code such as 25, or a country code such as FI."];
        }

        var page = 1;
        if (!string.IsNullOrEmpty(q["page"]) && (!int.TryParse(q["page"], out page) || page is < 1 or > 1000))
        {
            errors["page"] = ["Must be a whole number from 1 to 1000."];
        }

        var language = QueryValues.OneOf(q["lang"], "lang", ["sv", "en"], errors) ?? "sv";
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var search = await index.SearchAsync(cancellationToken);
        var result = search.Search(new ExampleQuery(
            string.IsNullOrWhiteSpace(text) ? null : text, challenge, kind, string.IsNullOrEmpty(county) ? null : county.ToUpperInvariant(),
            page, 10, language, IncludeDrafts: Caller.Of(request).IsInAnyRole(Editors)));
        return TypedResults.Ok(new ExampleSearchResultView(result.Total, page, 10, [.. result.Results.Select(ExampleHitView.From)], result.Facets));
    }

    /// <summary>Role: any signed-in user; a draft only for staff and admin. Answers with the ETag for edits.</summary>
    [Function("Examples_Get")]
    [AllowedRoles(Roles.Office, Roles.Region, Roles.Staff, Roles.Admin)]
    [Operation("Examples", "One example, with its ETag.", Notes = "A draft only for staff and admin.")]
    [Parameter("slug", "e.g. facebook-lulea.")]
    [Returns(200, typeof(ExampleView), "The example.", Headers = ResponseHeaders.ETag)]
    [Fails(404, 503)]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "examples/{slug}")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(slug, cancellationToken);
        if (stored is null || (!stored.Example.IsPublished && !Caller.Of(request).IsInAnyRole(Editors)))
        {
            return Problems.NotFound($"There is no example '{slug}'.");
        }

        return EntityTags.Ok(stored, ExampleView.From(stored));
    }

    /// <summary>Role: staff, admin. Idempotent on the slug: the same content again answers 200.</summary>
    [Function("Examples_Create")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Examples", "Creates an example; idempotent on the slug (409 for other content).")]
    [Accepts(typeof(ExampleInput))]
    [Returns(200, typeof(ExampleView), "The same content again.", Headers = ResponseHeaders.ETag)]
    [Returns(201, typeof(ExampleView), "Created.", Headers = ResponseHeaders.ETag | ResponseHeaders.Location)]
    [Fails(409, 503)]
    public async Task<IResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "examples")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.BindAsync(request, ExampleRequestBodies.Default.ExampleInput, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        return (await catalogue.CreateAsync(Caller.Of(request), body, cancellationToken)).ToResult(ExampleView.From, ExampleLocation);
    }

    /// <summary>Role: staff, admin. Replaces an example; honours <c>If-Match</c> (412 when stale).</summary>
    [Function("Examples_Update")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Examples", "Replaces an example; honours If-Match.")]
    [Parameter("slug", "e.g. facebook-lulea.")]
    [IfMatch]
    [Accepts(typeof(ExampleInput))]
    [Returns(200, typeof(ExampleView), "Updated.", Headers = ResponseHeaders.ETag)]
    [Fails(404, 412, 503)]
    public async Task<IResult> Update(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "examples/{slug}")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.BindEditAsync(request, ExampleRequestBodies.Default.ExampleInput, "slug", slug, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        return (await catalogue.UpdateAsync(Caller.Of(request), slug, body, EntityTags.IfMatch(request), cancellationToken)).ToResult(ExampleView.From, ExampleLocation);
    }

    /// <summary>Role: staff, admin. Honours <c>If-Match</c>.</summary>
    [Function("Examples_Delete")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Examples", "Deletes an example; honours If-Match.")]
    [Parameter("slug", "e.g. facebook-lulea.")]
    [IfMatch]
    [Returns(204, null, "Deleted.")]
    [Fails(404, 412, 503)]
    public async Task<IResult> Delete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "examples/{slug}")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        return (await catalogue.DeleteAsync(Caller.Of(request), slug, EntityTags.IfMatch(request), cancellationToken)).ToNoContentResult();
    }

    /// <summary>Anonymous: the kinds of example with their Swedish and English names.</summary>
    [Function("Examples_Kinds")]
    [Anonymous]
    [Operation("Examples", "The kinds of example with Swedish and English names.")]
    [Returns(200, typeof(ExampleKind[]), "Kinds.")]
    public IResult Kinds(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "example-kinds")] HttpRequest request) =>
        TypedResults.Ok(kinds.All);

    /// <summary>
    /// Role: office (its own municipalities), region (its counties), admin. Published examples for the
    /// municipality's top challenges in the period (<c>?from=&amp;to=</c>, as the needs query), with reasons.
    /// </summary>
    [Function("Examples_ForMunicipality")]
    [AllowedRoles(Roles.Office, Roles.Region, Roles.Admin)]
    [Operation("Examples", "Published examples for the municipality's top 3 challenges, with reasons.", Notes = "As GET /api/needs/municipalities/{code}.")]
    [Parameter("code", "SCB municipality code.")]
    [ParametersOf(typeof(NeedsFilter))]
    [Returns(200, typeof(MunicipalityRecommendations), "Recommendations.")]
    [Fails(404, 503)]
    public async Task<IResult> ForMunicipality(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "needs/municipalities/{code}/examples")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        var (municipality, filter, problem) = NeedsQueryParameters.ReadMunicipality(request.Query, code, Caller.Of(request), reference, clock.GetUtcNow());
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Ok(await recommendations.ForMunicipalityAsync(municipality!, filter!, cancellationToken));
    }

    private static string ExampleLocation(StoredExample example) => $"/api/examples/{example.Example.Slug}";
}
