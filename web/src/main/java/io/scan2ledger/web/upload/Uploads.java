package io.scan2ledger.web.upload;

import io.scan2ledger.access.Reader;
import io.scan2ledger.document.Source;
import io.scan2ledger.intake.Channels;
import io.scan2ledger.intake.IncomingFile;
import io.scan2ledger.intake.IntakeGateway;
import io.scan2ledger.intake.IntakeResult;
import io.scan2ledger.web.api.UploadSpool;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An upload from the API or the upload page: into the same intake route as the watched folders. */
@Component
public class Uploads {

    private final IntakeGateway intake;
    private final Channels channels;
    private final UploadSpool spool;

    public Uploads(IntakeGateway intake, Channels channels, UploadSpool spool) {
        this.intake = intake;
        this.channels = channels;
        this.spool = spool;
    }

    /** The channels this reader may upload into: their own, or every channel for supervisors and admins. */
    public List<Channels.Channel> channelsFor(Reader reader) {
        List<Channels.Channel> out = new ArrayList<>();
        for (Channels.Channel c : channels.all()) {
            if (mayUse(reader, c.name())) {
                out.add(c);
            }
        }
        if (mayUse(reader, channels.uploadDefault())) {
            out.add(new Channels.Channel(channels.uploadDefault(), channels.uploadDefault()));
        }
        return out;
    }

    /** The channel named (or the upload default), if this reader may upload into it. */
    public boolean mayUse(Reader reader, String channel) {
        return channels.knows(channel)
                && (reader.visibleChannels().isEmpty() || reader.visibleChannels().contains(channel));
    }

    public String channelOrDefault(String channel) {
        return channel == null || channel.isBlank() ? channels.uploadDefault() : channel;
    }

    /** Spools the upload beside the inboxes and hands it to intake; the caller has checked the channel. */
    public IntakeResult submit(MultipartFile file, String channel, Reader reader) throws IOException {
        Path spooled = spool.spool(file);
        try {
            return intake.submit(new IncomingFile(spooled, channel, Source.UPLOAD, file.getOriginalFilename(),
                    reader.username()));
        } finally {
            // Intake moved it to the archive or error folder; this only cleans up after a failure.
            Files.deleteIfExists(spooled);
        }
    }
}
