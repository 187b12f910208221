using System.Collections.Concurrent;
using System.Globalization;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace CustomerValue.Orleans.Tests;

/// <summary>
/// A grain storage provider for in-process test clusters whose data outlives any one silo, as a database does: every silo's
/// instance writes to one process-wide table, keyed by cluster id, state name and grain id. States are stored as Orleans-serialized
/// bytes, so a grain never shares an object with the store, and writes check the ETag, as real providers do.
/// </summary>
/// <remarks>
/// Orleans' own memory storage keeps state in grains of the silos, so stopping a silo can lose it; this one cannot.
/// </remarks>
internal sealed class SharedGrainStorage(Serializer serializer, string clusterId) : IGrainStorage
{
    private static readonly ConcurrentDictionary<string, (byte[] Data, long Version)> Table = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, bool> FailingWrites = new(StringComparer.Ordinal);

    /// <summary>Makes the next write of a customer grain's state in cluster <paramref name="clusterId"/> fail, as a lost database connection would.</summary>
    public static void FailNextCustomerWrite(string clusterId, string customerId) =>
        FailingWrites[$"{clusterId}/customer/customervalue.customer/{customerId}"] = true;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (Table.TryGetValue(Key(stateName, grainId), out (byte[] Data, long Version) stored))
        {
            grainState.State = serializer.Deserialize<T>(stored.Data);
            grainState.ETag = stored.Version.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        string key = Key(stateName, grainId);
        if (FailingWrites.TryRemove(key, out _))
        {
            throw new IOException($"Injected write failure on {key}.");
        }

        byte[] data = serializer.SerializeToArray(grainState.State);
        long version = Table.AddOrUpdate(
            key,
            _ => grainState.ETag is null ? (data, 1) : throw Conflict(key, grainState.ETag, null),
            (_, stored) => grainState.ETag == stored.Version.ToString(CultureInfo.InvariantCulture)
                ? (data, stored.Version + 1)
                : throw Conflict(key, grainState.ETag, stored.Version)).Version;
        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Table.TryRemove(Key(stateName, grainId), out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private string Key(string stateName, GrainId grainId) => $"{clusterId}/{stateName}/{grainId}";

    private static InconsistentStateException Conflict(string key, string? etag, long? stored) =>
        new($"ETag conflict on {key}: the grain wrote version {etag ?? "none"}, the store holds {stored?.ToString(CultureInfo.InvariantCulture) ?? "none"}.");
}
