using Knowledge.Reference;

namespace Knowledge.Establishments;

internal sealed class EstablishmentFunctions(IEstablishmentStore store, EstablishmentRegister register, ReferenceData reference)
{
    /// <summary>Role: any signed-in user. Every establishment with its events, or those in a county (<c>?county=25</c>).</summary>
    [Function("Establishments_List")]
    [AllowedRoles(Roles.Office, Roles.Region, Roles.Staff, Roles.Admin)]
    [Operation("Establishments", "Every establishment with its events (oldest first), or those in a county.")]
    [Parameter("county", "SCB county code, e.g. 25.")]
    [Returns(200, typeof(EstablishmentView[]), "Establishments.")]
    [Fails(503)]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "establishments")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        string? county = request.Query["county"];
        if (!string.IsNullOrEmpty(county) && reference.FindCounty(county) is null)
        {
            return Problems.Invalid("county", "Must be an SCB county code such as 25 (Norrbotten) or 24 (Västerbotten); see /api/counties.");
        }

        var establishments = await store.ListAsync(string.IsNullOrEmpty(county) ? null : county, cancellationToken);
        return TypedResults.Ok(establishments.Select(e => EstablishmentView.From(e)));
    }

    /// <summary>Role: any signed-in user. Answers with the ETag for edits.</summary>
    [Function("Establishments_Get")]
    [AllowedRoles(Roles.Office, Roles.Region, Roles.Staff, Roles.Admin)]
    [Operation("Establishments", "One establishment, with its ETag.")]
    [Parameter("slug", "e.g. lkab.")]
    [Returns(200, typeof(EstablishmentView), "The establishment.", Headers = ResponseHeaders.ETag)]
    [Fails(404, 503)]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "establishments/{slug}")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        if (await store.GetAsync(slug, cancellationToken) is not { } stored)
        {
            return Problems.NotFound($"There is no establishment '{slug}'.");
        }

        return EntityTags.Ok(stored, EstablishmentView.From(stored));
    }

    /// <summary>Role: staff, admin. Idempotent on the slug: the same content again answers 200.</summary>
    [Function("Establishments_Create")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Establishments", "Creates an establishment; idempotent on the slug (409 for other content).")]
    [Accepts(typeof(EstablishmentInput))]
    [Returns(200, typeof(EstablishmentView), "The same content again.", Headers = ResponseHeaders.ETag)]
    [Returns(201, typeof(EstablishmentView), "Created.", Headers = ResponseHeaders.ETag | ResponseHeaders.Location)]
    [Fails(409, 503)]
    public async Task<IResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "establishments")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.BindAsync(request, EstablishmentRequestBodies.Default.EstablishmentInput, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        return (await register.CreateAsync(Caller.Of(request), body, cancellationToken)).ToResult(EstablishmentView.From, EstablishmentLocation);
    }

    /// <summary>Role: staff, admin. Replaces the description; honours <c>If-Match</c> (412 when stale); the status changes only by an event.</summary>
    [Function("Establishments_Update")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Establishments", "Replaces the description; honours If-Match; cannot change `status`.")]
    [Parameter("slug", "e.g. lkab.")]
    [IfMatch]
    [Accepts(typeof(EstablishmentInput))]
    [Returns(200, typeof(EstablishmentView), "Updated.", Headers = ResponseHeaders.ETag)]
    [Fails(404, 412, 503)]
    public async Task<IResult> Update(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "establishments/{slug}")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.BindEditAsync(request, EstablishmentRequestBodies.Default.EstablishmentInput, "slug", slug, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        return (await register.UpdateAsync(Caller.Of(request), slug, body, EntityTags.IfMatch(request), cancellationToken)).ToResult(EstablishmentView.From, EstablishmentLocation);
    }

    /// <summary>Role: staff, admin. Records a dated event (a status change, a renaming, a milestone); idempotent on <c>eventId</c>; honours <c>If-Match</c>.</summary>
    [Function("Establishments_AddEvent")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Establishments", "Records a dated event; idempotent on `eventId`; a status event sets the status, a `renamed` event (with `name`) the name.")]
    [Parameter("slug", "e.g. lkab.")]
    [IfMatch]
    [Accepts(typeof(EstablishmentEventInput))]
    [Returns(200, typeof(JsonObject), "A retry: the recorded event.")]
    [Returns(201, typeof(JsonObject), "Recorded.", Headers = ResponseHeaders.ETag | ResponseHeaders.Location)]
    [Fails(404, 409, 412, 503)]
    public async Task<IResult> AddEvent(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "establishments/{slug}/events")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.BindAsync(request, EstablishmentRequestBodies.Default.EstablishmentEventInput, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await register.AddEventAsync(Caller.Of(request), slug, body, EntityTags.IfMatch(request), cancellationToken);
        return outcome.ToResult(e => EstablishmentEventView.From(e.Recorded.Event, e.Recorded.EventId), e => $"/api/establishments/{e.Slug}");
    }

    private static string EstablishmentLocation(StoredEstablishment establishment) => $"/api/establishments/{establishment.Establishment.Slug}";

}
