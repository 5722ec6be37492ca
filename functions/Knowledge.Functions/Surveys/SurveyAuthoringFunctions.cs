namespace Knowledge.Surveys;

/// <summary>Survey versions for staff and admin: a draft of the next version, its changes, and publishing it.</summary>
internal sealed class SurveyAuthoringFunctions(SurveyAuthoring authoring)
{
    /// <summary>Role: staff, admin. 201 with the new draft (a copy of the latest published version); 409 with the existing draft.</summary>
    [Function("Surveys_CreateVersion")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Survey authoring", "Creates a draft of the next version, a copy of the latest published one; 409 with the existing draft.")]
    [Parameter("id", "The survey id, e.g. sme-needs.")]
    [Returns(201, typeof(SurveyVersionView), "The version.", Headers = ResponseHeaders.ETag | ResponseHeaders.Location)]
    [Fails(404, 409, 503)]
    public async Task<IResult> CreateVersion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "surveys/{id}/versions")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!SurveyIds.IsValid(id))
        {
            return Problems.NotFound($"There is no survey '{id}'.");
        }

        var outcome = await authoring.CreateDraftAsync(Caller.Of(request), id, cancellationToken);
        if (outcome is { Status: WriteStatus.Conflict, Value: { } existing })
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Conflict",
                detail: outcome.Detail,
                extensions: new Dictionary<string, object?> { ["draft"] = existing });
        }

        return outcome.ToResult(view => view, Location);
    }

    /// <summary>Role: staff, admin. The draft or a published version, with its ETag and <c>status</c>.</summary>
    [Function("Surveys_GetVersion")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Survey authoring", "A draft (with the rules' problems) or a published version, with its status and ETag.")]
    [Parameter("id", "The survey id, e.g. sme-needs.")]
    [Parameter("version", "The version number.")]
    [Returns(200, typeof(SurveyVersionView), "The version.", Headers = ResponseHeaders.ETag)]
    [Fails(404, 503)]
    public async Task<IResult> GetVersion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{id}/versions/{version}")] HttpRequest request,
        string id,
        string version,
        CancellationToken cancellationToken)
    {
        if (Unaddressable(id, version, out var number) is { } unaddressable)
        {
            return unaddressable;
        }

        var view = await authoring.GetAsync(id, number, cancellationToken);
        if (view is null)
        {
            return Problems.NotFound($"Survey '{id}' has no version {number}.");
        }

        return EntityTags.Ok(view, view);
    }

    /// <summary>Role: staff, admin. Replaces the draft's definition; honours <c>If-Match</c>; a published version answers 409.</summary>
    [Function("Surveys_UpdateVersion")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Survey authoring", "Replaces a draft's definition; honours If-Match; a published version is immutable (409).")]
    [Parameter("id", "The survey id, e.g. sme-needs.")]
    [Parameter("version", "The version number.")]
    [IfMatch]
    [Accepts(typeof(DraftRequest))]
    [Returns(200, typeof(SurveyVersionView), "The version.", Headers = ResponseHeaders.ETag)]
    [Fails(404, 409, 412, 503)]
    public async Task<IResult> UpdateVersion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "surveys/{id}/versions/{version}")] HttpRequest request,
        string id,
        string version,
        CancellationToken cancellationToken)
    {
        if (Unaddressable(id, version, out var number) is { } unaddressable)
        {
            return unaddressable;
        }

        var (body, problem) = await JsonBody.BindAsync(request, AuthoringBodies.Default.DraftRequest, cancellationToken, maxBytes: 1024 * 1024);
        if (body is null)
        {
            return problem!;
        }

        return (await authoring.UpdateAsync(Caller.Of(request), id, number, body, EntityTags.IfMatch(request), cancellationToken)).ToResult(view => view, Location);
    }

    /// <summary>Role: staff, admin. Questions added, removed and changed against the latest published version.</summary>
    [Function("Surveys_VersionChanges")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Survey authoring", "Questions added, removed and changed against the latest published version.")]
    [Parameter("id", "The survey id, e.g. sme-needs.")]
    [Parameter("version", "The version number.")]
    [Returns(200, typeof(SurveyChanges), "The changes.")]
    [Fails(404, 503)]
    public async Task<IResult> Changes(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{id}/versions/{version}/changes")] HttpRequest request,
        string id,
        string version,
        CancellationToken cancellationToken)
    {
        if (Unaddressable(id, version, out var number) is { } unaddressable)
        {
            return unaddressable;
        }

        var outcome = await authoring.ChangesAsync(id, number, cancellationToken);
        return outcome.ToResult(changes => changes, _ => "");
    }

    /// <summary>Role: staff, admin. Publishes the draft once it passes the rules: 201 with the published version; honours <c>If-Match</c>.</summary>
    [Function("Surveys_PublishVersion")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Survey authoring", "Publishes a draft once the definition rules pass; published versions are immutable.")]
    [Parameter("id", "The survey id, e.g. sme-needs.")]
    [Parameter("version", "The version number.")]
    [IfMatch]
    [Returns(201, typeof(SurveyVersionView), "The version.", Headers = ResponseHeaders.ETag | ResponseHeaders.Location)]
    [Fails(404, 409, 412, 503)]
    public async Task<IResult> Publish(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "surveys/{id}/versions/{version}/publish")] HttpRequest request,
        string id,
        string version,
        CancellationToken cancellationToken)
    {
        if (Unaddressable(id, version, out var number) is { } unaddressable)
        {
            return unaddressable;
        }

        return (await authoring.PublishAsync(Caller.Of(request), id, number, EntityTags.IfMatch(request), cancellationToken)).ToResult(view => view, Location);
    }

    private static string Location(SurveyVersionView view) => $"/api/surveys/{view.Id}/versions/{view.Version}";

    // The problem with a version's address, if any: 400 for a version that is no whole number, 404 for no such survey.
    private static IResult? Unaddressable(string id, string version, out int number)
    {
        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1)
        {
            return Problems.Invalid("version", "Must be a whole number of at least 1.");
        }

        return SurveyIds.IsValid(id) ? null : Problems.NotFound($"There is no survey '{id}'.");
    }
}
