using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Knowledge.Tests.Infrastructure;

/// <summary>
/// One HTTP/1.1 request over a plain socket, for what HttpClient would correct: a '%' that starts no escape (its Uri
/// escapes it), broken chunked framing.
/// </summary>
internal static class RawHttp
{
    public static async Task<(int Status, string? ContentType, string Body)> SendAsync(Uri server, string method, string target, IEnumerable<string>? headers = null, byte[]? body = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        var head = new StringBuilder($"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n");
        foreach (var header in headers ?? [])
        {
            head.Append(header).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()));
        await stream.WriteAsync(body ?? []);

        using var received = new MemoryStream();
        await stream.CopyToAsync(received);
        var response = received.ToArray();
        var end = response.AsSpan().IndexOf("\r\n\r\n"u8);
        var lines = Encoding.ASCII.GetString(response, 0, end).Split("\r\n");
        string? Header(string name) => lines.Skip(1).Select(l => l.Split(':', 2)).FirstOrDefault(h => h[0].Equals(name, StringComparison.OrdinalIgnoreCase))?[1].Trim();

        var content = response[(end + 4)..];
        return (
            int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture),
            Header("Content-Type"),
            Encoding.UTF8.GetString(Header("Transfer-Encoding") == "chunked" ? Unchunked(content) : content));
    }

    private static byte[] Unchunked(byte[] chunked)
    {
        using var content = new MemoryStream();
        var at = 0;
        while (true)
        {
            var end = at + chunked.AsSpan(at).IndexOf("\r\n"u8);
            var size = int.Parse(Encoding.ASCII.GetString(chunked, at, end - at), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return content.ToArray();
            }

            content.Write(chunked, end + 2, size);
            at = end + 2 + size + 2;
        }
    }
}
