using Knowledge.Shared;
using Knowledge.Shared.Http;
using Knowledge.Shared.Privacy;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Erasures;

internal sealed class ErasureFunctions(Eraser eraser)
{
    private static readonly string[] Fields = ["organisationNumber", "responseId", "noteId"];

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
        var (body, problem) = await JsonRequest.ReadObjectAsync(request, cancellationToken, maxBytes: 4 * 1024);
        if (body is null)
        {
            return problem!;
        }

        var fields = new FieldReader(body);
        fields.RejectUnknown(Fields);
        // Not returning yet: a field of the wrong type is named too, whatever else the body holds.
        if (Fields.Count(fields.Has) != 1)
        {
            fields.AddError("body", "Give exactly one of organisationNumber, responseId or noteId.");
        }

        string? organisationNumber = null;
        if (fields.Has("organisationNumber"))
        {
            var text = fields.String("organisationNumber", required: true, maxLength: 20);
            if (text is not null && OrganisationNumber.TryParse(text, out var parsed))
            {
                organisationNumber = parsed.ToString();
            }
            else
            {
                fields.AddError("organisationNumber", "Must be a Swedish organisation number with a valid check digit, e.g. 556036-0793.");
            }
        }

        var erasure = new ErasureRequest(
            organisationNumber,
            fields.Has("responseId") ? fields.Uuid("responseId") : null,
            fields.Has("noteId") ? fields.Uuid("noteId") : null);
        if (!fields.IsValid)
        {
            return Problems.Invalid(fields.Errors);
        }

        var result = await eraser.EraseAsync(Caller.Of(request), erasure, cancellationToken);
        return TypedResults.Ok(ErasureResultView.From(result));
    }
}
