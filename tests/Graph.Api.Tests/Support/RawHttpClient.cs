using System.Net.Sockets;
using System.Text;

namespace Graph.Api.Tests.Support;

/// <summary>
/// Speaks HTTP/1.1 over a bare socket, for clients HttpClient will not imitate, such as one that stops sending
/// halfway through its body and waits for the answer.
/// </summary>
public static class RawHttpClient
{
    /// <summary>Sends <paramref name="request"/> as is, then reads one response with a Content-Length.</summary>
    public static async Task<(int Status, string Body)> SendAsync(Uri server, string request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, cancellationToken);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request), cancellationToken);
        await stream.FlushAsync(cancellationToken);

        var received = new List<byte>();
        var buffer = new byte[4096];
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(received)) < 0)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                throw new IOException("The server closed the connection before sending response headers.");
            }

            received.AddRange(buffer.AsSpan(0, read));
        }

        var head = Encoding.ASCII.GetString([.. received[..headerEnd]]);
        var lines = head.Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var lengthLine = lines.FirstOrDefault(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            ?? throw new IOException("The response has no Content-Length:\n" + head);
        var length = int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);

        var bodyStart = headerEnd + 4;
        while (received.Count - bodyStart < length)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                throw new IOException("The server closed the connection before sending the whole body.");
            }

            received.AddRange(buffer.AsSpan(0, read));
        }

        return (status, Encoding.UTF8.GetString([.. received.GetRange(bodyStart, length)]));
    }

    private static int IndexOfHeaderEnd(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
