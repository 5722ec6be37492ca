using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Knowledge.Needs;
using Knowledge.Reference;
using Knowledge.Shared;
using Knowledge.Shared.Http;
using Knowledge.Surveys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Knowledge.Bench;

/// <summary>
/// Submissions per second and their latency at 32 concurrent clients (through the intake service: validation,
/// masking, tagging, the counted transaction), and the county query's time as stored answers grow.
/// </summary>
internal static class NeedsBench
{
    private const int Clients = 32;
    private const string County = "25";
    private static readonly string[] SizeClasses = ["0-9", "10-49", "50-249"];
    private static readonly string[] Sectors = ["B", "C", "F", "H", "M", "N"];
    private static readonly string[] Tags = ["competence", "financing", "timing", "growth_willingness", "succession", "transition_requirements", "procurement", "infrastructure"];

    public static async Task RunAsync(IReadOnlyList<int> levels)
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        using var host = await ServiceHost.StartAsync(azurite);

        var intake = host.Services.GetRequiredService<SurveyIntake>();
        var query = host.Services.GetRequiredService<NeedsQuery>();
        var reference = host.Services.GetRequiredService<ReferenceData>();
        var municipalities = reference.MunicipalitiesIn(County).Select(m => m.Code).ToArray();
        // Answers are submitted now, so this calendar year holds them all (needs are published per calendar period).
        var year = NeedsCell.MonthOf(DateTimeOffset.UtcNow)[..4];
        var filter = new NeedsFilter(year + "-01", year + "-12", null, null, null);
        var random = new Random(42);

        var stored = 0;
        foreach (var level in levels)
        {
            var bodies = Enumerable.Range(stored, level - stored).Select(_ => Answer(random, municipalities[random.Next(municipalities.Length)])).ToList();
            var latencies = new ConcurrentBag<double>();
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (body, ct) =>
            {
                var caller = new Caller(new ClientPrincipal("bench", "bench", "", [Roles.Office, Roles.ForMunicipality(body["municipality"]!.GetValue<string>())]));
                var started = Stopwatch.GetTimestamp();
                var outcome = await intake.SubmitAsync(caller, SurveyIds.SmeNeeds, body.Deserialize(SurveyBodies.Default.SubmitSurveyRequest)!, ct);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (outcome.Status != WriteStatus.Created)
                {
                    throw new InvalidOperationException($"Submission failed: {outcome.Status}");
                }
            });
            clock.Stop();
            stored = level;

            // The first read after the submissions finds every municipality's counters changed (cold); the reads after
            // it find them unchanged (warm, the steady state of a dashboard that refreshes).
            var times = new List<double>();
            for (var i = 0; i < 21; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await query.ForCountyAsync(reference.FindCounty(County)!, filter, CancellationToken.None);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            var sorted = latencies.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{level,7} answers stored | +{bodies.Count} submitted at {Clients} clients: {bodies.Count / clock.Elapsed.TotalSeconds:0}/s, " +
                $"p50 {Percentile(sorted, 0.5):0.0} ms, p95 {Percentile(sorted, 0.95):0.0} ms | county query (14 municipalities): cold {times[0]:0.0} ms, warm median {Percentile([.. times.Skip(1).Order()], 0.5):0.0} ms"));
        }

        await host.StopAsync();
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];

    private static JsonObject Answer(Random random, string municipality)
    {
        var tags = Tags.Where(_ => random.NextDouble() < 0.3).ToArray();
        return new JsonObject
        {
            ["responseId"] = Guid.NewGuid().ToString(),
            ["surveyVersion"] = 1,
            ["municipality"] = municipality,
            ["data"] = new JsonObject
            {
                ["municipality"] = municipality,
                ["sizeClass"] = SizeClasses[random.Next(SizeClasses.Length)],
                ["sector"] = Sectors[random.Next(Sectors.Length)],
                ["challenges"] = tags.Length == 0 ? new JsonArray("none") : new JsonArray([.. tags.Select(t => JsonValue.Create(t))]),
                ["needs"] = "Vi har svårt att rekrytera svetsare och banken lånar inte ut till nya maskiner.",
                ["growthPlans"] = "grow",
                ["knowsProcurementTiming"] = "partly",
                ["consentToContact"] = false,
            },
        };
    }
}
