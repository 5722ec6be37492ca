using System.Runtime.CompilerServices;

namespace Knowledge.Surveys;

/// <summary>
/// A municipality's answers to one survey, as CSV for Swedish Excel or as JSON: the current revision of each answer,
/// withdrawn answers left out. Rows are written as the table's pages arrive, so memory stays bounded by one page
/// whatever the number of answers. Times in the CSV are Swedish local time (<c>yyyy-MM-dd HH:mm</c>, which Excel reads
/// as a date); JSON keeps ISO 8601 instants. The office's own reference is in the JSON its own office reads, never in
/// the CSV (a file for analysis that travels on) nor in what an admin reads.
/// </summary>
internal sealed class ResponseExport(ISurveyDefinitionStore definitions, ISurveyResponseStore responses)
{
    // Written out whenever this much is waiting, so neither writer buffers more than a few rows.
    private const int FlushBytes = 32 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] FixedHeaders = ["svars-id", "inskickat", "revision", "enkätversion"];

    /// <summary>Every published version of the survey, oldest first; null when there is no such survey.</summary>
    public async Task<IReadOnlyList<SurveyDefinition>?> VersionsAsync(string surveyId, CancellationToken cancellationToken)
    {
        if (!SurveyIds.IsValid(surveyId) || await definitions.GetAsync(surveyId, null, cancellationToken) is not { } latest)
        {
            return null;
        }

        var versions = new List<SurveyDefinition>();
        for (var version = 1; version <= latest.Version; version++)
        {
            if (await definitions.GetAsync(surveyId, version, cancellationToken) is { } definition)
            {
                versions.Add(definition);
            }
        }

        return versions;
    }

    public async Task WriteCsvAsync(IReadOnlyList<SurveyDefinition> versions, string municipality, Stream body, CancellationToken cancellationToken)
    {
        var columns = new AnswerColumns(versions);
        await using var csv = new StreamWriter(body, ExcelCsv.Encoding, bufferSize: FlushBytes, leaveOpen: true);
        await csv.WriteAsync(ExcelCsv.Row([.. FixedHeaders.Select(ExcelCsv.Text), .. columns.Headers]));
        await foreach (var response in CurrentAsync(versions[0].Id, municipality, cancellationToken))
        {
            await csv.WriteAsync(ExcelCsv.Row(
            [
                response.ResponseId.ToString("D"),
                SwedishTime.Of(response.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                ExcelCsv.Number(response.Revision),
                ExcelCsv.Number(response.SurveyVersion),
                .. columns.Cells(response),
            ]));
        }
    }

    public async Task WriteJsonAsync(string surveyId, string municipality, bool withReferences, Stream body, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartObject();
        json.WriteString("surveyId", surveyId);
        json.WriteString("municipality", municipality);
        json.WriteStartArray("items");
        await foreach (var response in CurrentAsync(surveyId, municipality, cancellationToken))
        {
            var item = new ExportedAnswerView(response.ResponseId, response.SurveyVersion, response.Revision, response.SubmittedAt, response.RevisedAt, withReferences ? response.Reference : null, response.Data);
            json.WriteRawValue(JsonSerializer.SerializeToUtf8Bytes(item, Json), skipInputValidation: true); // the writer flushes only asynchronously, below
            if (json.BytesPending > FlushBytes)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private async IAsyncEnumerable<SurveyResponse> CurrentAsync(string surveyId, string municipality, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Superseded revisions are rows of another kind, so each answer comes once, as its current revision.
        await foreach (var response in responses.ReadAllAsync(municipality, cancellationToken))
        {
            if (response.SurveyId == surveyId && !response.IsWithdrawn)
            {
                yield return response;
            }
        }
    }
}
