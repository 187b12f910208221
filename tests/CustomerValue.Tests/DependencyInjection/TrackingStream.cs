namespace CustomerValue.Tests.DependencyInjection;

/// <summary>A memory stream that records whether it was disposed.</summary>
internal sealed class TrackingStream(byte[] buffer) : MemoryStream(buffer)
{
    public bool Disposed { get; private set; }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
