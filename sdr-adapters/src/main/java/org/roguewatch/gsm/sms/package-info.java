/**
 * Short messages on GSM: the CP and RP layers of TS 24.011 and the SMS TPDUs of TS 23.040 (with
 * the TS 23.038 alphabets), decoded into records, plus the encoder the simulator uses to deliver
 * SMS from a simulated base station.
 */
package org.roguewatch.gsm.sms;
