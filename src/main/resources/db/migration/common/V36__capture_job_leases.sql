-- A capture job's lease: the server holding the document renews it while the job waits or runs. A job still running
-- whose lease has run out lost its server (killed or stopped) before it stored anything: it is answered as failed.
ALTER TABLE epcis_capture_jobs ADD COLUMN lease_until timestamp with time zone;
