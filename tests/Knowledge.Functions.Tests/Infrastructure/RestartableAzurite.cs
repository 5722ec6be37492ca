using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

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
    public async Task StartAsync()
    {
        var main = RepositoryRoot.Combine("node_modules", "azurite", "dist", "src", "table", "main.js");
        _process = Process.Start(new ProcessStartInfo("node", [main, "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(), "--location", _location, "--disableTelemetry", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException("Azurite did not start within 30 s.");
    }

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
