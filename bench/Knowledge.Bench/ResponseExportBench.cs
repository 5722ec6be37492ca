using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Shared;
using Knowledge.Surveys;
using Knowledge.Tagging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Knowledge.Bench;

/// <summary>
/// One municipality's answers exported as CSV and as JSON: the time and the bytes allocated, then, in a second export,
/// the live managed heap at its highest above the heap before it (a full collection every 10 ms), which stays flat
/// however many answers there are when the export streams. The answers are loaded straight into the table in batches of 100 (as <see cref="SurveyResponseEntity"/> rows, the store's own format).
/// </summary>
internal static class ResponseExportBench
{
    private const string Municipality = "2580";
    private static readonly string[] SizeClasses = ["0-9", "10-49", "50-249"];
    private static readonly string[] Sectors = ["B", "C", "F", "H", "M", "N"];
    private static readonly string[] Tags = ["competence", "financing", "timing", "procurement", "infrastructure"];

    public static async Task RunAsync(int answers)
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        using var host = await ServiceHost.StartAsync(azurite);

        var table = host.Services.GetRequiredService<TableServiceClient>().GetTableClient(Tables.MunicipalityRecords);
        var loading = Stopwatch.StartNew();
        var loaded = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, (answers + 99) / 100), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, ct) =>
        {
            var random = new Random(batch);
            var rows = Enumerable.Range(0, Math.Min(100, answers - (batch * 100))).Select(_ => SurveyResponseEntity.Of(Answer(random)));
            await table.SubmitTransactionAsync(rows.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), ct);
            if (Interlocked.Increment(ref loaded) % 100 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {loaded * 100,7} loaded after {loading.Elapsed.TotalSeconds:0} s"));
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{answers,7} answers loaded in {loading.Elapsed.TotalSeconds:0.0} s"));

        var export = host.Services.GetRequiredService<ResponseExport>();
        var versions = (await export.VersionsAsync(SurveyIds.SmeNeeds, CancellationToken.None))!;
        await MeasureAsync("csv", answers, body => export.WriteCsvAsync(versions, Municipality, body, CancellationToken.None));
        await MeasureAsync("json", answers, body => export.WriteJsonAsync(SurveyIds.SmeNeeds, Municipality, withReferences: false, body, CancellationToken.None));
        await host.StopAsync();
    }

    private static async Task MeasureAsync(string format, int answers, Func<Stream, Task> write)
    {
        // First pass: time and allocations, undisturbed.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var body = new CountingStream();
        var clock = Stopwatch.StartNew();
        await write(body);
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        // Second pass: what is live, by a full collection every 10 ms (garbage awaiting a collection is not memory the export holds).
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                await Task.Delay(10);
            }
        });
        await write(new CountingStream());
        await sampling.CancelAsync();
        await sampler;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{answers,7} answers as {format,-4}: {clock.Elapsed.TotalSeconds:0.0} s ({answers / clock.Elapsed.TotalSeconds:0}/s), {body.Length / 1048576.0:0.0} MiB written, " +
            $"{allocated / 1048576.0:0} MiB allocated, live managed heap at most +{(peak - baseline) / 1048576.0:0.0} MiB over {baseline / 1048576.0:0.0} MiB"));
    }

    private static SurveyResponse Answer(Random random)
    {
        var tags = Tags.Where(_ => random.NextDouble() < 0.3).ToArray();
        var version = random.Next(1, 3);
        var data = new JsonObject
        {
            ["municipality"] = Municipality,
            ["sizeClass"] = SizeClasses[random.Next(SizeClasses.Length)],
            ["sector"] = Sectors[random.Next(Sectors.Length)],
            ["challenges"] = tags.Length == 0 ? new JsonArray("none") : new JsonArray([.. tags.Select(t => JsonValue.Create(t))]),
            ["challengeSeverity"] = new JsonObject([.. tags.Select(t => KeyValuePair.Create<string, JsonNode?>(t, "moderate"))]),
            ["needs"] = "Vi har svårt att rekrytera svetsare och banken lånar inte ut till nya maskiner.",
            ["growthPlans"] = "grow",
            ["financingNeed"] = "2m_to_10m",
            ["financingPurpose"] = new JsonArray("investment", "other"),
            ["financingPurpose-Comment"] = "Ny lokal",
            ["knowsProcurementTiming"] = "partly",
            ["wantsBuyerContact"] = true,
            ["consentToContact"] = false,
        };
        if (version == 2)
        {
            data["establishments"] = new JsonArray("lkab", "stegra");
        }

        return new SurveyResponse(
            Guid.NewGuid(), SurveyIds.SmeNeeds, version, Municipality, "25", DateTimeOffset.UtcNow.AddMinutes(-random.Next(500_000)), "bench",
            data["sizeClass"]!.GetValue<string>(), data["sector"]!.GetValue<string>(), tags, data, new Dictionary<string, TaggingResult>(), "bench", random.NextInt64(Knowledge.Disclosure.RecordKeys.Modulus));
    }

    /// <summary>A response body that keeps nothing, only counts.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
