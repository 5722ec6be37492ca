using System.Diagnostics;

namespace Knowledge.Tests.Infrastructure;

/// <summary>
/// Azurite's table service keeping its data on disk (a temporary folder) on one fixed port, so a test can stop it
/// and start it again under load. It is stopped with SIGINT: Azurite writes its data file on SIGINT (and
/// otherwise only every 5 s), so a kill would lose what it accepted last.
/// </summary>
public sealed class RestartableAzurite : IAsyncLifetime
{
    private readonly string _location = Directory.CreateTempSubdirectory("knowledge-azurite-").FullName;
    private Process? _process;

    public int Port { get; } = AzuriteFixture.FreePort();

    public string ConnectionString => AzuriteFixture.ConnectionStringFor(Port);

    public Task InitializeAsync() => StartAsync();

    public async Task DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_location, recursive: true);
    }

    /// <summary>Stops Azurite, leaves the port closed for <paramref name="downtime"/>, and starts it again on the same data.</summary>
    public async Task RestartAsync(TimeSpan downtime)
    {
        await StopAsync();
        await Task.Delay(downtime);
        await StartAsync();
    }

    /// <summary>Starts Azurite on the port and data folder, and waits until it accepts connections.</summary>
    public async Task StartAsync() => _process = await AzuriteFixture.StartAsync(Port, "--location", _location);

    /// <summary>Stops Azurite with SIGINT, so it saves its data, and waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            using (var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString()]))
            {
                await interrupt.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                throw new TimeoutException("Azurite did not exit within 15 s of SIGINT, so it was killed and may not have saved its data.");
            }
        }

        _process.Dispose();
        _process = null;
    }
}
