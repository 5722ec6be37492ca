using System.Diagnostics;
using System.Net.Sockets;
using Azure;
using Azure.Data.Tables;
using Knowledge.Shared;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Shared;

public sealed class StorageFaultsTests
{
    public static TheoryData<Exception> Outages() =>
    [
        new RequestFailedException(0, "No response", new HttpRequestException("Connection refused", new SocketException(111))),
        new RequestFailedException(408, "Timeout"),
        new RequestFailedException(429, "Too many requests"),
        new RequestFailedException(500, "Internal error"),
        new RequestFailedException(503, "Server busy"),
        new TableTransactionFailedException(new RequestFailedException(503, "Server busy")),
        new HttpRequestException("Connection reset"),
        new IOException("Unexpected end of stream"),
        new SocketException(104),
        new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:00:10."),
        new AggregateException("Retry failed after 4 tries.", new RequestFailedException(0, "No response", new HttpRequestException("Connection refused")), new TaskCanceledException()),
    ];

    public static TheoryData<Exception> Bugs() =>
    [
        new InvalidOperationException("A bug"),
        new RequestFailedException(400, "Bad request"),
        new RequestFailedException(404, "Not found"),
        new RequestFailedException(409, "Conflict"),
        new RequestFailedException(0, "Status 0 without a network failure inside"),
        new RequestFailedException(0, "No response", new FormatException()),
        new AggregateException(new HttpRequestException("Connection refused"), new NullReferenceException()),
        new AggregateException(),
    ];

    [Theory]
    [MemberData(nameof(Outages))]
    public void A_storage_outage_is_unavailable(Exception exception) =>
        Assert.True(StorageFaults.IsUnavailable(exception, requestAborted: false));

    [Theory]
    [MemberData(nameof(Bugs))]
    public void Anything_else_is_not(Exception exception) =>
        Assert.False(StorageFaults.IsUnavailable(exception, requestAborted: false));

    [Fact]
    public void A_cancellation_because_the_caller_went_away_is_not_an_outage() =>
        Assert.False(StorageFaults.IsUnavailable(new OperationCanceledException(), requestAborted: true));

    [Fact]
    public async Task What_the_sdk_throws_with_nothing_listening_is_unavailable_within_seconds()
    {
        var table = new TableServiceClient(AzuriteFixture.ConnectionStringFor(AzuriteFixture.FreePort()), StorageServiceCollectionExtensions.ClientOptions())
            .GetTableClient("Anything");
        var clock = Stopwatch.StartNew();

        var thrown = await Record.ExceptionAsync(() => table.GetEntityIfExistsAsync<TableEntity>("p", "r"));

        // The retry policy wraps each try's failure: "Retry failed after 4 tries".
        var aggregate = Assert.IsType<AggregateException>(thrown);
        Assert.Equal(4, aggregate.InnerExceptions.Count);
        Assert.True(StorageFaults.IsUnavailable(thrown, requestAborted: false), thrown.ToString());
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(8));
    }
}
