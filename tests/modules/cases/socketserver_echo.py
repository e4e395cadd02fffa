# SocketServer: a TCP and a UDP echo served by handle_request() in one thread
import socket
import SocketServer


class Echo(SocketServer.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write('echo: ' + line)


class UdpEcho(SocketServer.DatagramRequestHandler):
    def handle(self):
        self.wfile.write('udp: ' + self.rfile.read())

server = SocketServer.TCPServer(('127.0.0.1', 0), Echo)
host, port = server.server_address
print host, port > 0, server.fileno() > 0
client = socket.create_connection((host, port))
client.sendall('hello\n')
server.handle_request()
print repr(client.makefile().read())
client.close()
server.server_close()

udp = SocketServer.UDPServer(('127.0.0.1', 0), UdpEcho)
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.sendto('ping', udp.server_address)
udp.handle_request()
print repr(c.recvfrom(100)[0])
c.close()
udp.server_close()


class Quiet(SocketServer.TCPServer):
    timeout = 0.01

    def handle_timeout(self):
        print 'timed out'
q = Quiet(('127.0.0.1', 0), Echo)
q.handle_request()
q.server_close()
print issubclass(SocketServer.ThreadingTCPServer, SocketServer.ThreadingMixIn), SocketServer.TCPServer.request_queue_size
