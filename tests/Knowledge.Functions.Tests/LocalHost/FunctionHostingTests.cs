using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.LocalHost.Functions;
using Knowledge.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.LocalHost;

/// <summary>The standalone host's binding, routing and timers, on functions defined in this test assembly.</summary>
public sealed class FunctionHostingTests : IAsyncLifetime
{
    private readonly SampleRecorder _recorder = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(_recorder);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddFunctionsOf(typeof(SampleFunctions).Assembly);
        _app = builder.Build();
        _app.MapFunctions();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Route_values_body_query_and_cancellation_are_bound()
    {
        var response = await _client.PostAsJsonAsync("/api/samples/abc/echo/7?q=hej", new { name = "Luleå", times = 2 });

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("abc", body!["id"]!.GetValue<string>());
        Assert.Equal(7, body["count"]!.GetValue<int>());
        Assert.Equal("Luleå", body["name"]!.GetValue<string>());
        Assert.Equal(2, body["times"]!.GetValue<int>());
        Assert.Equal("hej", body["query"]!.GetValue<string>());
        Assert.True(body["cancellable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_route_constraint_that_does_not_match_is_not_found()
    {
        var response = await _client.PostAsJsonAsync("/api/samples/abc/echo/seven", new { name = "x", times = 1 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_malformed_body_for_a_bound_record_is_a_problem_not_a_crash()
    {
        var response = await _client.PostAsync("/api/samples/abc/echo/1", new StringContent("{nope", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_trigger_without_route_or_methods_answers_every_method_at_its_function_name()
    {
        var put = await _client.PutAsync("/api/Sample_AnyMethod", null);
        var delete = await _client.DeleteAsync("/api/Sample_AnyMethod");

        Assert.Equal("\"PUT\"", await put.Content.ReadAsStringAsync());
        Assert.Equal("\"DELETE\"", await delete.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_declared_roles_are_enforced_before_the_function_which_gets_the_admitted_caller()
    {
        var anonymous = await _client.GetAsync("/api/samples/admin");
        var office = await _client.As(Principals.Office("2580")).GetAsync("/api/samples/admin");
        var admin = await _client.As(Principals.Admin("the-admin")).GetAsync("/api/samples/admin");

        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await office.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal("\"the-admin\"", await admin.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_timer_function_runs_at_start_and_then_on_its_schedule()
    {
        await _recorder.WaitForTicksAsync(3, TimeSpan.FromSeconds(10));

        var ticks = _recorder.Ticks;
        Assert.All(ticks, t => Assert.NotNull(t.ScheduleStatus));
        Assert.True(ticks[2].ScheduleStatus!.Last > ticks[1].ScheduleStatus!.Last, "Each run reports the occurrence before it.");
    }

    [Theory]
    [InlineData("0 */5 * * * *", "2026-01-01T00:00:00Z", "2026-01-01T00:05:00Z")]
    [InlineData("*/30 * * * *", "2026-01-01T00:00:00Z", "2026-01-01T00:30:00Z")]
    [InlineData("%NightlySchedule%", "2026-01-01T12:00:00Z", "2026-01-02T02:00:00Z")]
    public void Schedules_are_read_as_in_azure_with_seconds_and_app_setting_references(string schedule, string from, string next)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["NightlySchedule"] = "0 0 2 * * *" }).Build();

        var cron = TimerFunctionScheduler.ParseSchedule(schedule, configuration);

        Assert.Equal(DateTime.Parse(next, null, System.Globalization.DateTimeStyles.AdjustToUniversal), cron.GetNextOccurrence(DateTime.Parse(from, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData(null, false)]
    public void A_timer_is_turned_off_by_the_azure_disabled_setting(string? setting, bool disabled)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobs.Nightly.Disabled"] = setting }).Build();

        Assert.Equal(disabled, TimerFunctionScheduler.IsDisabled("Nightly", configuration));
    }
}
