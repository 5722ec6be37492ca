using Knowledge.Shared.Privacy;

namespace Knowledge.Erasures;

internal sealed class ErasureFunctions(Eraser eraser)
{
    /// <summary>
    /// Role: admin. Body with exactly one of <c>organisationNumber</c> (erases the company's notes and any answer
    /// whose text holds the number), <c>responseId</c> or <c>noteId</c>. 200 with what was erased, by id.
    /// </summary>
    [Function("Erasures_Create")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Erasures", "Erases everything stored about one company (by organisationNumber) or one answer or note (responseId, noteId); the counters stay consistent; audit rows name only ids.")]
    [Accepts(typeof(ErasureRequest))]
    [Returns(200, typeof(ErasureResultView), "What was erased.")]
    [Fails(503)]
    public async Task<IResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "erasures")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.BindAsync(request, ErasureBodies.Default.ErasureRequest, cancellationToken, maxBytes: 4 * 1024);
        if (body is null)
        {
            return problem!;
        }

        var (erasure, errors) = body.Validate();
        if (erasure is null)
        {
            return Problems.Invalid(errors);
        }

        var result = await eraser.EraseAsync(Caller.Of(request), erasure, cancellationToken);
        return TypedResults.Ok(ErasureResultView.From(result));
    }
}
