using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Knowledge.Tests.Infrastructure;

/// <summary>A real Azurite table service, in memory, on a free port, for the whole test run.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? _process;

    public int Port { get; private set; }

    public string ConnectionString => ConnectionStringFor(Port);

    public async Task InitializeAsync()
    {
        Port = FreePort();
        _process = await StartAsync(Port, "--inMemoryPersistence");
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true); // in-memory: nothing to flush
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Azurite's development account on a port of the loopback interface.</summary>
    internal static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    /// <summary>Starts Azurite's table service on the port with the given persistence and waits until it accepts connections.</summary>
    internal static async Task<Process> StartAsync(int port, params string[] persistence)
    {
        var main = RepositoryRoot.Combine("node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(main))
        {
            throw new InvalidOperationException($"Azurite is not installed ({main}); run 'make test', which runs npm ci first.");
        }

        var process = Process.Start(new ProcessStartInfo("node", [main, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), .. persistence, "--disableTelemetry", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return process;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("Azurite did not start within 30 s.");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

